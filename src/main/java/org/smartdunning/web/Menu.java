package org.smartdunning.web;

import java.util.Arrays;
import java.util.List;

/** The dashboard's pages in its menu, in order. */
enum Menu {
    KPIS("/kpis", "KPIs"),
    INVOICES("/invoices", "Decision explorer"),
    MODELS("/models", "Model report"),
    WORKFLOW("/workflow", "Workflow and holds"),
    EXPERIMENTS("/experiments", "Experiments");

    /** A menu entry as the header shows it. */
    record Item(String href, String label, boolean current) {
    }

    private final String path;
    private final String label;

    Menu(String path, String label) {
        this.path = path;
        this.label = label;
    }

    String href() {
        return Dashboard.PATH + path;
    }

    /** Every entry, the current one marked (null: none). */
    static List<Item> items(Menu current) {
        return Arrays.stream(values()).map(m -> new Item(m.href(), m.label, m == current)).toList();
    }
}
