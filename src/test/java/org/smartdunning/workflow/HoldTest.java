package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;

class HoldTest {
    static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    @Test
    void holdIsInForceFromItsFirstDayUntilItEndsOrIsLifted() {
        Hold plan = new Hold(1, HoldScope.INVOICE, "I1", HoldReason.PAYMENT_PLAN, MAR_1, MAR_1.plusDays(30), null, "");
        assertThat(plan.activeOn(MAR_1.minusDays(1))).isFalse();
        assertThat(plan.activeOn(MAR_1)).isTrue();
        assertThat(plan.activeOn(MAR_1.plusDays(29))).isTrue();
        assertThat(plan.activeOn(MAR_1.plusDays(30))).isFalse();
        Hold lifted = new Hold(2, HoldScope.INVOICE, "I1", HoldReason.DISPUTE, MAR_1, null, MAR_1.plusDays(5), "");
        assertThat(lifted.activeOn(MAR_1.plusDays(4))).isTrue();
        assertThat(lifted.activeOn(MAR_1.plusDays(5))).isFalse();
    }

    @Test
    void customerHoldCoversEveryInvoiceOfTheCustomerAndInvoiceHoldOnlyItsInvoice() {
        ActiveHolds holds = new ActiveHolds(List.of(
                new Hold(1, HoldScope.CUSTOMER, "C1", HoldReason.SERVICE, MAR_1, null, null, "bereavement"),
                new Hold(2, HoldScope.INVOICE, "I9", HoldReason.DISPUTE, MAR_1, null, null, ""),
                new Hold(3, HoldScope.INVOICE, "I8", HoldReason.DISPUTE, MAR_1.plusDays(3), null, null, "")), MAR_1);
        assertThat(holds.blocking(new InvoiceId("I1"), new CustomerId("C1"))).map(Hold::id).contains(1L);
        assertThat(holds.blocking(new InvoiceId("I2"), new CustomerId("C1"))).map(Hold::id).contains(1L);
        assertThat(holds.blocking(new InvoiceId("I9"), new CustomerId("C2"))).map(Hold::id).contains(2L);
        assertThat(holds.blocking(new InvoiceId("I1"), new CustomerId("C2"))).isEmpty();
        assertThat(holds.blocking(new InvoiceId("I8"), new CustomerId("C2"))).as("not yet placed").isEmpty();
    }

    @Test
    void unknownReasonNamesTheAcceptedOnes() {
        assertThatThrownBy(() -> HoldReason.of("bankrupt"))
                .hasMessage("unknown hold reason 'bankrupt': use dispute, payment_plan or service");
    }
}
