package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;

/** Plans and timetables are shared between threads without locks: eight threads, one answer. */
class ConcurrencyTest {

  private static byte[][] everything(Plan plan) {
    Timetable t = plan.timetable();
    List<Exporter> exporters = Exporters.all();
    byte[][] out = new byte[exporters.size() * 2][];
    int i = 0;
    for (Exporter e : exporters) {
      out[i++] = e.toBytes(t, ExportOptions.in(Locale.ENGLISH));
      out[i++] = e.toBytes(t, ExportOptions.in(Locale.FRENCH));
    }
    return out;
  }

  private static Plan fresh() {
    return Planner.of(Asp18.rules()).withClock(Asp18Main.PLANNED_AT).plan(Asp18.plenary(), Asp18.requests());
  }

  @Test
  void eightThreadsPlanAndExportTheSameInputAlike() throws Exception {
    // The expectation comes from a plan of its own, so that the shared plan's lazy parts (its
    // timetable, its texts, its findings) are first computed by the eight threads at once.
    byte[][] expected = everything(fresh());
    Plan shared = fresh();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<byte[][]>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        boolean planAnew = i % 2 == 0;
        results.add(pool.submit(() -> {
          go.await();
          Plan plan = planAnew ? fresh() : shared;
          return everything(plan);
        }));
      }
      go.countDown();
      for (Future<byte[][]> f : results) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isDeepEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
