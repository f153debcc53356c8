package org.smartdunning.world;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.smartdunning.economics.BusinessSettings;

/** The named worlds of {@code dunning generate --world}; parameterised so no fixed rule wins everywhere. */
public final class WorldPresets {
    /** The world used when none is named. */
    public static final String DEFAULT = "nordic-telecom";

    private static final BusinessSettings D = BusinessSettings.DEFAULTS;
    private static final Map<String, WorldParameters> PRESETS = new LinkedHashMap<>();

    static {
        // SMS is read within minutes in the Nordics; the agency is moderately effective at 40 SEK.
        add(new WorldParameters("nordic-telecom", D, 0.85, 0.88,
                1.35, 0.75, 0.9, 0.55, 0.35, 1.0, 1.0, 0.025, 0.25));
        // Nearly everyone has e-mail and reads it, and takes a reminder as a service; SMS is mostly ignored.
        // A low-margin streaming service that counts two years of contribution at most and keeps a small letter fee.
        add(new WorldParameters("email-first",
                new BusinessSettings(D.costNone(), D.costSms(), D.costEmail(), D.costLetter(), D.costCollection(),
                        30.00, D.feeKeptCollection(), D.costInquiry(), 0.80, 24,
                        D.horizonDays(), D.churnWindowMonths()),
                0.97, 0.70,
                0.45, 1.8, 0.5, 0.5, 0.3, 0.2, 1.0, 0.025, 0.25));
        // An expensive, weak agency and customers who leave when pushed.
        add(new WorldParameters("costly-collection",
                new BusinessSettings(D.costNone(), D.costSms(), D.costEmail(), D.costLetter(), 120.00,
                        D.feeKeptLetter(), D.feeKeptCollection(), D.costInquiry(), D.costToServeShare(),
                        D.clvCapMonths(), D.horizonDays(), D.churnWindowMonths()),
                0.85, 0.88, 1.0, 1.0, 1.1, 0.3, 0.12, 1.6, 1.0, 0.04, 0.25));
        // Where targeting pays: good customers who only forget and leave when pushed, mixed with many who
        // will not pay unless chased and cost more to serve than they pay (negative lifetime value).
        add(new WorldParameters("mixed-credit",
                new BusinessSettings(D.costNone(), D.costSms(), D.costEmail(), D.costLetter(), D.costCollection(),
                        D.feeKeptLetter(), D.feeKeptCollection(), D.costInquiry(), 0.75,
                        D.clvCapMonths(), D.horizonDays(), D.churnWindowMonths()),
                0.85, 0.88, 0.5, 0.5, 0.15, 0.6, 0.35, 1.3, 1.0, 0.09, 0.25));
    }

    private WorldPresets() {
    }

    private static void add(WorldParameters world) {
        PRESETS.put(world.name(), world);
    }

    /** The preset of that name; an unknown name is an error that lists the known ones. */
    public static WorldParameters named(String name) {
        WorldParameters world = PRESETS.get(name);
        if (world == null) {
            throw new IllegalArgumentException("unknown world '" + name + "'; known worlds: "
                    + String.join(", ", PRESETS.keySet()));
        }
        return world;
    }

    public static Set<String> names() {
        return PRESETS.keySet();
    }
}
