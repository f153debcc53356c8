package org.smartdunning.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {
    @Test
    void keepsStringsAndOrdersThemByCodePoint() {
        // U+FFFD sorts before U+1F600 by code point, after it by UTF-16 unit (a surrogate pair starts with 0xD83D)
        List<String> texts = List.of("b", "a", "ab", "", "é", "\uFFFD", "\uD83D\uDE00");
        PackedStrings packed = new PackedStrings(2);
        texts.forEach(packed::add);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(packed.get(i)).isEqualTo(texts.get(i));
            assertThat(packed.equalsAt(i, texts.get(i))).isTrue();
            assertThat(packed.equalsAt(i, texts.get(i) + "x")).isFalse();
        }
        int[] order = {0, 1, 2, 3, 4, 5, 6};
        RowOrder.sort(order, 0, order.length, packed::compare);
        assertThat(packed.reordered(order)).satisfies(sorted -> assertThat(List.of(sorted.get(0), sorted.get(1),
                sorted.get(2), sorted.get(3), sorted.get(4), sorted.get(5), sorted.get(6)))
                .containsExactly("", "a", "ab", "b", "é", "\uFFFD", "\uD83D\uDE00"));
    }

    @Test
    void invoiceIdsAreFoundByValueAndKeepTheirHashes() {
        PackedInvoiceIds ids = new PackedInvoiceIds(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(ids.intern(new InvoiceId("INV-" + i))).isEqualTo(i);
        }
        assertThat(ids.intern(new InvoiceId("INV-7"))).isEqualTo(7);
        assertThat(ids.indexOf(new InvoiceId("INV-999"))).isEqualTo(999);
        assertThat(ids.indexOf(new InvoiceId("INV-1000"))).isEqualTo(-1);
        assertThat(ids.get(42)).isEqualTo(new InvoiceId("INV-42"));
        assertThat(ids.hash(42)).isEqualTo(new InvoiceId("INV-42").hashCode());
    }
}
