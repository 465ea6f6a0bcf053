package io.marketpilot.app.demo;

import java.util.List;

/**
 * The behaviours the sample shop's customers are drawn from, so that segmentation has real structure to find:
 * share of customers, mean days between orders, active window and preferred product families.
 */
enum Persona {
    LOYAL(0.12, 35, 0.02, 0.0, 1.0, 1.15, List.of("EAR", "HDS", "SPK", "KEY", "CAM", "STD")),
    BARGAIN(0.20, 60, 0.08, 0.0, 1.0, 0.8, List.of("CAB", "CAS", "SCR", "MOU", "CHG")),
    NEW(0.15, 30, 0.10, 0.88, 1.0, 1.0, List.of("CAS", "SCR", "CAB", "EAR")),
    LAPSED(0.18, 45, 0.15, 0.0, 0.55, 1.0, List.of("PWR", "CHG", "CAS", "EAR", "SPK")),
    ONE_OFF(0.25, 0, 1.0, 0.0, 1.0, 1.0, List.of("CAB", "CAS", "CHG", "PWR", "EAR", "SPK", "MOU")),
    GIFT(0.10, 0, 0.5, 0.0, 1.0, 1.3, List.of("SPK", "HDS", "EAR", "PWR"));

    final double share;
    final int meanGapDays;
    /** Chance of leaving for good after each purchase, as in the BG/NBD story of customer drop-out. */
    final double dropout;

    final double activeFrom;
    final double activeTo;
    final double priceFactor;
    final List<String> families;

    Persona(
            double share,
            int meanGapDays,
            double dropout,
            double activeFrom,
            double activeTo,
            double priceFactor,
            List<String> families) {
        this.share = share;
        this.meanGapDays = meanGapDays;
        this.dropout = dropout;
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
        this.priceFactor = priceFactor;
        this.families = families;
    }

    static Persona draw(double u) {
        double cumulative = 0;
        for (Persona p : values()) {
            cumulative += p.share;
            if (u < cumulative) {
                return p;
            }
        }
        return ONE_OFF;
    }
}
