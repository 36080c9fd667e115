package org.caseworkportal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long one step took, each time it was timed; the median, 95th percentile and longest in
 * milliseconds. Threads may record into one.
 */
final class Timings {

	private final String step;

	private final double medianTargetMs;

	private final Double p95TargetMs;

	// Several threads may time the same step at once.
	private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

	/** @param p95TargetMs the 95th percentile the step must stay under, or null when only the median has a target */
	Timings(String step, double medianTargetMs, Double p95TargetMs) {
		this.step = step;
		this.medianTargetMs = medianTargetMs;
		this.p95TargetMs = p95TargetMs;
	}

	/** A step timed for information, such as under a load no person makes, with no target to meet. */
	static Timings withoutTarget(String step) {
		return new Timings(step, Double.NaN, null);
	}

	/** Runs the step, recording its time if {@code record}; returns what it returned. */
	<T> T time(boolean record, Supplier<T> step) {
		long start = System.nanoTime();
		T result = step.get();
		if (record) {
			record(System.nanoTime() - start);
		}
		return result;
	}

	synchronized void record(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	double median() {
		return percentile(50);
	}

	double p95() {
		return percentile(95);
	}

	synchronized double max() {
		return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000.0;
	}

	boolean withinTargets() {
		return median() < medianTargetMs && (p95TargetMs == null || p95() < p95TargetMs);
	}

	String row() {
		if (Double.isNaN(medianTargetMs)) {
			return "%-44s %6d %9.1f %9.1f %9.1f   %s".formatted(step, nanos.size(), median(), p95(), max(), "none");
		}
		String target = "median < %.0f".formatted(medianTargetMs) + (p95TargetMs == null ? "" : ", p95 < %.0f".formatted(p95TargetMs));
		return "%-44s %6d %9.1f %9.1f %9.1f   %-24s %s".formatted(step, nanos.size(), median(), p95(), max(), target,
				withinTargets() ? "ok" : "OVER TARGET");
	}

	static String header() {
		return "%-44s %6s %9s %9s %9s   %-24s %s".formatted("step", "n", "median ms", "p95 ms", "max ms", "target (ms)", "");
	}

	/** Nearest-rank percentile, in milliseconds. */
	private synchronized double percentile(int percent) {
		List<Long> sorted = nanos.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1) / 1_000_000.0;
	}

}
