package org.dossier.views.connections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Places a network's nodes with a force-directed layout (Fruchterman and Reingold): linked nodes
 * pull together, all nodes push apart, a weak gravity holds them to the centre, and the result is
 * stretched to fill the box. Deterministic: a fixed number of iterations from a
 * circle with a seeded jitter, in {@link StrictMath}, so the same network always gets the same
 * drawing, on any machine.
 */
public final class ForceLayout {

    /** A node's place. */
    public record Point(double x, double y) {}

    private static final int ITERATIONS = 400;
    private static final long SEED = 20_240_613L;
    private static final double GRAVITY = 1.0;

    private final double width;
    private final double height;
    private final double margin;

    /**
     * A layout in a {@code width} by {@code height} box, keeping {@code margin} free at the edges
     * for labels.
     */
    public ForceLayout(double width, double height, double margin) {
        this.width = width;
        this.height = height;
        this.margin = margin;
    }

    /** The place of every node of {@code network}, by entity id. */
    public Map<String, Point> place(Network network) {
        int n = network.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        Map<String, Integer> index = new HashMap<>();
        Random random = new Random(SEED);
        double cx = width / 2;
        double cy = height / 2;
        double radius = StrictMath.min(width, height) / 2 - margin;
        for (int i = 0; i < n; i++) {
            index.put(network.nodes().get(i).id(), i);
            double angle = 2 * StrictMath.PI * i / StrictMath.max(1, n);
            x[i] = cx + radius * StrictMath.cos(angle) + random.nextDouble() - 0.5;
            y[i] = cy + radius * StrictMath.sin(angle) + random.nextDouble() - 0.5;
        }
        double k = StrictMath.sqrt((width - 2 * margin) * (height - 2 * margin) / StrictMath.max(1, n));
        double temperature = width / 10;
        for (int step = 0; step < ITERATIONS; step++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[i] - x[j];
                    double ey = y[i] - y[j];
                    double distance = StrictMath.max(0.01, StrictMath.hypot(ex, ey));
                    double force = k * k / distance;
                    dx[i] += ex / distance * force;
                    dy[i] += ey / distance * force;
                    dx[j] -= ex / distance * force;
                    dy[j] -= ey / distance * force;
                }
            }
            for (CoMention edge : network.edges()) {
                int a = index.get(edge.first().id());
                int b = index.get(edge.second().id());
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double distance = StrictMath.max(0.01, StrictMath.hypot(ex, ey));
                double force = distance * distance / k * (0.5 + edge.strength());
                dx[a] -= ex / distance * force;
                dy[a] -= ey / distance * force;
                dx[b] += ex / distance * force;
                dy[b] += ey / distance * force;
            }
            for (int i = 0; i < n; i++) {
                // Gravity towards the centre keeps parts that no link joins from drifting apart.
                dx[i] += (cx - x[i]) * GRAVITY;
                dy[i] += (cy - y[i]) * GRAVITY;
                double length = StrictMath.max(0.01, StrictMath.hypot(dx[i], dy[i]));
                double move = StrictMath.min(length, temperature);
                x[i] += dx[i] / length * move;
                y[i] += dy[i] / length * move;
            }
            temperature = StrictMath.max(0.5, temperature * 0.985);
        }
        fit(x, margin, width - margin);
        fit(y, margin, height - margin);
        Map<String, Point> places = new HashMap<>();
        for (int i = 0; i < n; i++) {
            places.put(network.nodes().get(i).id(), new Point(x[i], y[i]));
        }
        return places;
    }

    /** Stretches the coordinates to fill {@code low} to {@code high}, so the drawing uses the whole box. */
    private static void fit(double[] values, double low, double high) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = StrictMath.min(min, value);
            max = StrictMath.max(max, value);
        }
        if (values.length == 0 || max - min < 1) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (values[i] - min) / (max - min) * (high - low);
        }
    }

}
