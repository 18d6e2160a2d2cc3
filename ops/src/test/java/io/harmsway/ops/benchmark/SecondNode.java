package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another application node in a JVM of its own, on a database a benchmark made: a node is a process
 * (Axon names a token's owner by its JVM, so two nodes in one JVM would both own every segment).
 * {@link #start} runs this class's {@code main} with the benchmark's class path; the node prints its
 * port and runs until its standard input closes.
 */
final class SecondNode implements AutoCloseable {

    private static final String PORT = "node listening on port ";

    private final Process process;
    private final int port;

    private SecondNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SecondNode start(ScratchDatabase database, List<String> properties) throws IOException {
        return start(database, "-Xmx1g", properties);
    }

    /** With the heap limit given, e.g. {@code -Xmx512m}. */
    static SecondNode start(ScratchDatabase database, String maxHeap, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), maxHeap,
                "-cp", System.getProperty("java.class.path"), SecondNode.class.getName(), database.url()));
        command.addAll(properties);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        java.util.Deque<String> last = new java.util.ArrayDeque<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            last.addLast(line);
            if (last.size() > 30) {
                last.removeFirst();
            }
            if (line.startsWith(PORT)) {
                int port = Integer.parseInt(line.substring(PORT.length()).trim());
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "second-node-output");
                drain.setDaemon(true);
                drain.start();
                return new SecondNode(process, port);
            }
        }
        throw new IllegalStateException("the second node ended before it listened; its last output:\n"
                + String.join("\n", last));
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: the JDK sends SIGKILL for a forcible destroy on Linux; nothing of the node runs after it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /** The node itself: {@code <database url> [property=value ...]}. */
    public static void main(String[] args) throws Exception {
        List<String> properties = new ArrayList<>(List.of(args).subList(1, args.length));
        try (RunningApplication app = new RunningApplication(args[0], properties.toArray(String[]::new))) {
            System.out.println(PORT + app.port());
            while (System.in.read() >= 0) {
                // runs until the benchmark closes this node's input
            }
        }
        System.exit(0);
    }
}
