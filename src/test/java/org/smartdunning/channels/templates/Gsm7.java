package org.smartdunning.channels.templates;

/** The GSM 03.38 default alphabet: what an SMS can carry at 160 characters, extension characters counting two. */
final class Gsm7 {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private Gsm7() {
    }

    /** Septets the text needs, or -1 when it has a character outside the alphabet (the SMS would go as UCS-2, 70 characters). */
    static int septets(String text) {
        int septets = 0;
        for (char c : text.toCharArray()) {
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }
}
