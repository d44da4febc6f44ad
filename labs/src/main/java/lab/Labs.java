package lab;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lists every lab with the lesson and example it translates, and runs one by name.
 *
 * <pre>
 * mvn -q -pl labs compile exec:exec -Dlab=lab.Labs                     # the list
 * mvn -q -pl labs compile exec:exec -Dlab=lab.s08_network.GreetingServer  # one lab
 * java -cp labs/target/classes:... lab.Labs GreetingServer            # one lab, by simple or full name
 * </pre>
 *
 * The list is written out, in teaching order, so that the compiler checks every entry; {@code LabsTest} fails
 * when a class annotated with {@link Translates} is missing from it.
 */
public final class Labs {

    /** A lab's {@code main}, as a method reference. */
    @FunctionalInterface
    interface MainMethod {
        void run(String[] args) throws Exception;
    }

    /** One runnable lab; lesson and example come from its {@link Translates} annotation. */
    record Lab(Class<?> type, MainMethod main) {
        Translates translates() {
            return type.getAnnotation(Translates.class);
        }
    }

    static final List<Lab> ALL = List.of(
            new Lab(lab.s05_first_code.DelayedGreeting.class, lab.s05_first_code.DelayedGreeting::main),
            new Lab(lab.s05_first_code.GatherTasks.class, lab.s05_first_code.GatherTasks::main),
            new Lab(lab.s06_async_await.SquaresOneByOneVsGather.class, lab.s06_async_await.SquaresOneByOneVsGather::main),
            new Lab(lab.s06_async_await.CreateTasks.class, lab.s06_async_await.CreateTasks::main),
            new Lab(lab.s06_async_await.TasksThenCoroutines.class, lab.s06_async_await.TasksThenCoroutines::main),
            new Lab(lab.s06_async_await.GatherDownloads.class, lab.s06_async_await.GatherDownloads::main),
            new Lab(lab.s07_tasks.CancelTask.class, lab.s07_tasks.CancelTask::main),
            new Lab(lab.s07_tasks.TaskState.class, lab.s07_tasks.TaskState::main),
            new Lab(lab.s07_tasks.CpuBoundCompute.class, lab.s07_tasks.CpuBoundCompute::main),
            new Lab(lab.s08_network.GreetingServer.class, lab.s08_network.GreetingServer::main),
            new Lab(lab.s08_network.GreetingClient.class, lab.s08_network.GreetingClient::main),
            new Lab(lab.s08_network.MessageStore.class, lab.s08_network.MessageStore::main),
            new Lab(lab.s08_network.OffloadedBlockingGet.class, lab.s08_network.OffloadedBlockingGet::main),
            new Lab(lab.s09_testing.FetchData.class, lab.s09_testing.FetchData::main),
            new Lab(lab.s10_http_projects.PageFetcher.class, lab.s10_http_projects.PageFetcher::main),
            new Lab(lab.s10_http_projects.ConcurrentPageFetcher.class, lab.s10_http_projects.ConcurrentPageFetcher::main),
            new Lab(lab.s10_http_projects.FaithfulRetryFetcher.class, lab.s10_http_projects.FaithfulRetryFetcher::main),
            new Lab(lab.s10_http_projects.FixedRetryFetcher.class, lab.s10_http_projects.FixedRetryFetcher::main),
            new Lab(lab.workers.WorkerPoolServer.class, lab.workers.WorkerPoolServer::main),
            new Lab(lab.route.UserUpdateRoute.class, lab.route.UserUpdateRoute::main));

    private Labs() {
    }

    /** Finds a lab by simple name ({@code GreetingServer}) or full name ({@code lab.s08_network.GreetingServer}). */
    static Optional<Lab> find(String name) {
        return ALL.stream()
                .filter(lab -> lab.type().getName().equals(name) || lab.type().getSimpleName().equals(name))
                .findFirst();
    }

    static void list(PrintStream out) {
        out.println("Labs (lição, exemplo, classe). Para rodar um:");
        out.println("  mvn -q -pl labs compile exec:exec -Dlab=<classe>");
        String lesson = null;
        for (Lab lab : ALL) {
            Translates t = lab.translates();
            if (!t.lesson().equals(lesson)) {
                lesson = t.lesson();
                out.println();
                out.println(lesson);
            }
            String example = t.example() == 0 ? "texto" : "#" + t.example();
            out.printf("  %-6s %s%n", example, lab.type().getName());
        }
    }

    /** @return the process exit status: 0, or 2 for an unknown name */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            list(out);
            return 0;
        }
        Optional<Lab> lab = find(args[0]);
        if (lab.isEmpty()) {
            err.println("lab desconhecido: " + args[0] + " (rode sem argumentos para ver a lista)");
            return 2;
        }
        lab.get().main().run(Arrays.copyOfRange(args, 1, args.length));
        return 0;
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
