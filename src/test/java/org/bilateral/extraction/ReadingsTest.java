package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.shared.Unavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Press releases are read on the reader threads, as many at once as stated and as many waiting as stated; a text
 * beyond them is refused at once, and a reading that outlasts its time is stopped and refused.
 */
class ReadingsTest {

    private Readings readings;

    @AfterEach
    void stop() {
        readings.destroy();
    }

    @Test
    void withOneReaderAndNoneWaitingASecondReadingAtTheSameTimeIsRefusedAndTheFirstStillAnswers() throws Exception {
        readings = new Readings(1, 0, 60);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readings.run("first.txt", () -> {
            started.countDown();
            release.await();
            return "first read";
        }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> readings.run("second.txt", () -> "second read"))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("second.txt is not read now: 1 press release being read and 0 more waiting");
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first read");
        while (readings.readingNow() > 0) {
            Thread.onSpinWait(); // the first reading has answered; its thread is a moment from being free
        }
        // the reader is free again: the next text is read
        assertThat(readings.run("third.txt", () -> "third read")).isEqualTo("third read");
    }

    @Test
    void withOneReaderAndOneWaitingTheSecondWaitsItsTurnAndTheThirdIsRefused() throws Exception {
        readings = new Readings(1, 1, 60);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readings.run("first.txt", () -> {
            started.countDown();
            release.await();
            return "first read";
        }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        CountDownLatch secondRan = new CountDownLatch(1);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> readings.run("second.txt", () -> {
            secondRan.countDown();
            return "second read";
        }));
        // the second is queued behind the first and has not run; once it is in the queue the third finds it full
        while (readings.waitingNow() == 0 && !second.isDone()) {
            Thread.onSpinWait();
        }
        assertThat(secondRan.getCount()).isEqualTo(1);
        assertThatThrownBy(() -> readings.run("third.txt", () -> "third read"))
                .isInstanceOf(Unavailable.class).hasMessageContaining("1 press release being read and 1 more waiting");
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first read");
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("second read");
    }

    @Test
    void withTwoReadersBothTakenTheRefusalCountsTwoPressReleasesInThePlural() throws Exception {
        readings = new Readings(2, 0, 60);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        java.util.List<CompletableFuture<String>> held = new java.util.ArrayList<>();
        for (String name : new String[] {"first.txt", "second.txt"}) {
            held.add(CompletableFuture.supplyAsync(() -> readings.run(name, () -> {
                started.countDown();
                release.await();
                return name + " read";
            }), r -> new Thread(r).start())); // a thread each, so both are held at once whatever the common pool's size
        }
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> readings.run("third.txt", () -> "third read"))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("third.txt is not read now: 2 press releases being read and 0 more waiting");
        release.countDown();
        for (CompletableFuture<String> h : held) {
            assertThat(h.get(30, TimeUnit.SECONDS)).endsWith(" read");
        }
    }

    @Test
    void aReadingThatOutlastsItsTimeIsStoppedAndRefusedAndItsThreadTakesTheNextText() throws Exception {
        readings = new Readings(1, 0, 1);
        CountDownLatch stopped = new CountDownLatch(1);
        assertThatThrownBy(() -> readings.run("endless.txt", () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // a reading that would never end by itself
            }
            stopped.countDown();
            return "never";
        })).isInstanceOf(Unavailable.class).hasMessageContaining("endless.txt was not read within 1 second and its reading was stopped");
        assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the reading saw that it was stopped").isTrue();
        while (readings.readingNow() > 0) {
            Thread.onSpinWait(); // the stopped reading returns, and its thread is free
        }
        assertThat(readings.run("next.txt", () -> "next read")).isEqualTo("next read");
    }

    @Test
    void theReadersOwnRefusalComesBackAsItWasRaised() {
        readings = new Readings(1, 0, 60);
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none());
        String tooLong = "a".repeat(PressReleaseReader.LONGEST + 1);
        assertThatThrownBy(() -> readings.read(reader, new PressRelease("long.txt", tooLong)))
                .isInstanceOf(org.bilateral.shared.InvalidInput.class).hasMessageContaining("200,001 characters long");
    }
}
