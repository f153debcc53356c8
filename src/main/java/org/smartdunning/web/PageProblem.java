package org.smartdunning.web;

/** A page that cannot be shown: 404 for what the creditor does not have (or another creditor has), 400 for bad input. */
final class PageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    PageProblem(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    static PageProblem notFound(String what) {
        return new PageProblem(404, "There is no " + what + " for your account.");
    }

    int status() {
        return status;
    }
}
