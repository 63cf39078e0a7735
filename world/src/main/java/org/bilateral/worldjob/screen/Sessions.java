package org.bilateral.worldjob.screen;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a command runs on. Started by spark-submit (which sets {@code spark.master}), or inside a process
 * that already runs Spark (a test's session), it takes that session and its master; otherwise it starts one on the
 * master asked, with the web UI off unless asked, and for a local master as many shuffle partitions as the cores ask
 * (Spark's 200 are meant for a cluster; adaptive execution merges small ones anyway).
 */
final class Sessions {

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?])?");

    private Sessions() {
    }

    /** A session, and whether this command started it (and so stops it). */
    record Started(SparkSession spark, boolean ours) {
        void stopIfOurs() {
            if (ours) {
                spark.stop();
            }
        }
    }

    static Started start(String master, boolean ui, boolean verbose, Consumer<String> progress) {
        boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        boolean submitted = System.getProperty("spark.master") != null;
        SparkSession.Builder builder = SparkSession.builder().appName("bilateral world screen");
        if (running || submitted) {
            progress.accept("stage 1/" + WorldScreen.STAGES + ": taking the Spark session " + (submitted ? "spark-submit started" : "already running")
                    + " (its master, not --master " + master + ")");
        } else {
            refuseWhatThisProcessCannotReach(master);
            progress.accept("stage 1/" + WorldScreen.STAGES + ": starting Spark on " + master);
            builder.master(master);
            if (master.startsWith("spark://")) {
                // a standalone cluster's executors load the job's classes (the hub's task, the screen's arithmetic) from its jar
                ownJar().ifPresent(jar -> builder.config("spark.jars", jar));
            }
            Matcher local = LOCAL.matcher(master.strip());
            if (local.matches()) {
                int cores = local.group(1) == null ? 1 : local.group(1).equals("*") ? Runtime.getRuntime().availableProcessors()
                        : Integer.parseInt(local.group(1));
                builder.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * cores)));
            }
        }
        if (!running && System.getProperty("spark.ui.enabled") == null) {
            builder.config("spark.ui.enabled", String.valueOf(ui));
        }
        SparkSession spark = builder.getOrCreate();
        if (!running && verbose) {
            // the jar's log4j2.properties keeps Spark to its warnings; --verbose asks for its whole account
            spark.sparkContext().setLogLevel("INFO");
        }
        return new Started(spark, !running);
    }

    /**
     * The job's libraries (target/lib) carry Spark's core and SQL, which run locally and on a standalone cluster; Kubernetes
     * and YARN need their cluster managers, which a Spark distribution's spark-submit brings.
     */
    private static void refuseWhatThisProcessCannotReach(String master) {
        String manager = master.startsWith("k8s://") ? "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager"
                : master.startsWith("yarn") ? "org.apache.spark.scheduler.cluster.YarnClusterManager" : null;
        if (manager == null) {
            return;
        }
        try {
            Class.forName(manager, false, Sessions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new Refused("--master " + master + ": this process carries no " + (master.startsWith("k8s://") ? "Kubernetes" : "YARN")
                    + " support; submit the job with a Spark 4.1 distribution's spark-submit (README, \"The world screen on a cluster\")");
        }
    }

    /** The jar this class was loaded from, as a URI; empty when run from classes (a build's tests). */
    private static Optional<String> ownJar() {
        CodeSource source = Sessions.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            URI location = source.getLocation().toURI();
            return location.getPath() != null && location.getPath().endsWith(".jar") ? Optional.of(location.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A failure in words: its message, and its causes' where they add to it. */
    static String said(Throwable e) {
        StringBuilder said = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !said.toString().contains(c.getMessage())) {
                said.append(": ").append(c.getMessage());
            }
        }
        return said.toString();
    }
}
