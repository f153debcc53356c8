package org.smartdunning.kpi;

/**
 * The KPIs of one row, amounts in the invoice currency (two decimals). A share or rate whose
 * denominator is zero is null, not zero: nothing was measured. See {@link KpiCalculator} for
 * which invoices, events and customers enter each figure.
 *
 * @param invoicesDue            invoices due in the period (by the day facts are known through)
 * @param paidOnTime             of those, fully paid by their due date
 * @param paidOnTimeShare        paidOnTime / invoicesDue
 * @param horizonClosed          invoices due in the period whose horizon ({@code horizon.days} after the due date) has ended
 * @param paidWithinHorizon      of those, fully paid within the horizon
 * @param paidWithinHorizonShare paidWithinHorizon / horizonClosed
 * @param invoiced               amount of the invoices issued in the period
 * @param receivables            open balance at the period's end of the invoices issued by then
 * @param daysSalesOutstanding   receivables / invoiced × days in the period
 * @param smsReminders           reminders by SMS taken in the period
 * @param emailReminders         reminders by e-mail taken in the period
 * @param letterReminders        reminders by letter taken in the period
 * @param collectionCases        invoices handed to collection in the period
 * @param smsNotices             notices by SMS the daily process sent on or before an invoice's due date in the period
 * @param emailNotices           notices by e-mail sent so
 * @param letterNotices          notices by letter sent so
 * @param invoiceInquiries       invoice inquiries in the period
 * @param inquiriesPer1000       invoiceInquiries per 1,000 invoices due
 * @param churnedCustomers       customers whose relationship ended in the period
 * @param activeCustomers        customers at the period's end
 * @param averageClv             their mean lifetime value as of the period's end
 * @param cashRecovered          payments received in the period on invoices overdue at the time (reversals subtract)
 * @param dunningCost            cost of the dunning actions and notices taken in the period
 * @param feeIncome              fees of the period's dunning actions whose invoice was then paid within the horizon
 */
public record KpiValues(int invoicesDue, int paidOnTime, Double paidOnTimeShare, int horizonClosed,
                        int paidWithinHorizon, Double paidWithinHorizonShare, double invoiced, double receivables,
                        Double daysSalesOutstanding, int smsReminders, int emailReminders, int letterReminders,
                        int collectionCases, int smsNotices, int emailNotices, int letterNotices,
                        int invoiceInquiries, Double inquiriesPer1000, int churnedCustomers, int activeCustomers,
                        Double averageClv, double cashRecovered, double dunningCost, double feeIncome) {

    /** Reminders by every channel. */
    public int reminders() {
        return smsReminders + emailReminders + letterReminders;
    }

    /** Notices on or before the due date by every channel. */
    public int notices() {
        return smsNotices + emailNotices + letterNotices;
    }
}
