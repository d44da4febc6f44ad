package lousa.site;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The asyncio constructs the lessons use and the Java the labs use for each: the rows of the "Python → Java" page.
 * Each row finds the Python examples that use it with a pattern; the Java column is written by hand from the labs
 * ({@code lab.loop.EventLoop}, {@code CompletableFuture}, virtual threads, {@code HttpClient}, JDBC, JUnit), in the
 * course's language (pt-BR). Markup: {@code `code`} only.
 */
final class AsyncConstructs {

    /** @param python how the construct reads in Python; {@code java} how the labs write it */
    record Construct(String python, Pattern uses, String java) {
    }

    static final List<Construct> ALL = List.of(
            row("async def f():", "\\basync\\s+def\\b",
                    "um método que devolve `CompletableFuture<T>`; chamá-lo já começa o trabalho"),
            row("await x", "\\bawait\\b",
                    "`x.thenCompose(r -> …)` quando o próximo passo também é assíncrono, `thenApply`/`thenRun` quando"
                            + " não é: o passo seguinte só roda quando `x` completa, e nenhuma thread fica parada"),
            row("asyncio.run(main())", "asyncio\\.run\\(",
                    "`loop.run(() -> main())` num `RealEventLoop` aberto com try-with-resources"
                            + " (nos testes, `VirtualEventLoop`: relógio virtual)"),
            row("asyncio.sleep(s)", "asyncio\\.sleep\\(",
                    "`loop.sleep(Duration.ofSeconds(s))`: um timer do loop, nenhuma thread dorme"),
            row("asyncio.get_event_loop().time()", "get_event_loop\\(\\)\\.time\\(\\)",
                    "`loop.formattedTime()`; no relógio virtual dos testes começa em 0.000"),
            row("asyncio.create_task(c)", "create_task\\(",
                    "nada a fazer: o `CompletableFuture` devolvido pelo método já está rodando; para uma corrotina"
                            + " ainda não iniciada, um `Supplier<CompletableFuture<T>>` chamado no `thenCompose`"),
            row("asyncio.gather(*tarefas)", "asyncio\\.gather\\(",
                    "`CompletableFuture.allOf(…)` e depois `join()` de cada um, na ordem dos argumentos; com"
                            + " `return_exceptions=True`, `Outcome.gather(…)` (sucesso, erro ou cancelamento por item)"),
            row("asyncio.wait(aws, return_when=…)", "asyncio\\.wait\\(",
                    "`CompletableFuture.allOf(…)` (ALL_COMPLETED) ou `anyOf(…)` (FIRST_COMPLETED); a lição deixa `wait`"
                            + " comentado e usa `gather`, como o lab"),
            row("tarefa.cancel()", "\\.cancel\\(\\)",
                    "`future.cancel(true)`: completa na hora com `CancellationException` e o passo pendente não roda"
                            + " (mas, ao contrário da task, não interrompe o que ela aguardava)"),
            row("loop.run_in_executor(None, f, x)", "run_in_executor\\(",
                    "`loop.runInExecutor(executor, () -> f(x))` com `Executors.newVirtualThreadPerTaskExecutor()`:"
                            + " a chamada bloqueante roda fora do loop e o resultado volta a ele"),
            row("asyncio.start_server(handle, host, porta)", "start_server\\(",
                    "`ServerSocket` e uma thread virtual por conexão: código bloqueante simples, barato como uma"
                            + " corrotina"),
            row("asyncio.open_connection(host, porta)", "open_connection\\(",
                    "`Socket`: `getInputStream()` e `getOutputStream()` fazem o papel de reader e writer;"
                            + " `flush()` é o `drain()`"),
            row("aiohttp.ClientSession() / session.get(url)", "aiohttp\\.ClientSession\\(",
                    "`HttpClient.sendAsync(request, BodyHandlers.ofString())` devolve `CompletableFuture<HttpResponse>`;"
                            + " um `HttpClient` reutilizado é a sessão"),
            row("aiosqlite.connect(…)", "\\baiosqlite\\.",
                    "JDBC bloqueante (sqlite-jdbc) dentro de `CompletableFuture.supplyAsync(…, executor)` de threads"
                            + " virtuais, como o próprio aiosqlite faz com uma thread; `PreparedStatement` no lugar das"
                            + " f-strings"),
            row("@pytest.mark.asyncio (pytest-asyncio)", "@pytest\\.mark\\.asyncio",
                    "um `@Test` comum do JUnit: `loop.run(…)` num `VirtualEventLoop` roda a corrotina até o fim, e"
                            + " os segundos passam em microssegundos"));

    private AsyncConstructs() {
    }

    private static Construct row(String python, String uses, String java) {
        return new Construct(python, Pattern.compile(uses), java);
    }

    /** How example code uses a construct: in real code, only in comments, or not at all. */
    enum Use { CODE, COMMENT, NONE }

    static Use use(Construct construct, String pythonCode) {
        boolean inComment = false;
        for (String line : pythonCode.split("\n")) {
            if (construct.uses().matcher(line).find()) {
                if (line.strip().startsWith("#")) {
                    inComment = true;
                } else {
                    return Use.CODE;
                }
            }
        }
        return inComment ? Use.COMMENT : Use.NONE;
    }
}
