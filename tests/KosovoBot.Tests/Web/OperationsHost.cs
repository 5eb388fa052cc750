using System.Net;
using System.Net.Sockets;
using KosovoBot.ConsoleChat;
using KosovoBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Tests.Web;

/// <summary>
/// The long-running bot in this process with <c>Web:ListenUrl</c> on a free loopback port, the console chat on
/// <see cref="Input"/> and <see cref="Output"/>, and a copy of the test knowledge.
/// </summary>
internal sealed class OperationsHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _knowledge;

    private OperationsHost(string knowledge, int port, Action<IServiceCollection>? configure)
    {
        _knowledge = knowledge;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Timeout };
        string[] args =
        [
            $"--Web:ListenUrl=http://127.0.0.1:{port}",
            $"--Knowledge:Path={knowledge}",
            "--Knowledge:Watch=false",
            // A developer's own settings must never make a test reach a real platform or model.
            "--Discord:Token=", "--Slack:BotToken=", "--Llm:Endpoint=", "--Embeddings:Endpoint=", "--Embeddings:Local=false",
        ];
        var streams = new ConsoleStreams(Input, Output, Error);
        Run = Task.Run(() => WorkerHost.RunAsync(args, streams, configure));
    }

    public LineFeed Input { get; } = new();

    public WatchedWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public HttpClient Http { get; }

    /// <summary>The host's run; its exit code.</summary>
    public Task<int> Run { get; }

    public static OperationsHost Start(Action<IServiceCollection>? configure = null)
    {
        var knowledge = Directory.CreateTempSubdirectory("kosovobot-ops-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge")))
        {
            File.Copy(file, Path.Combine(knowledge, Path.GetFileName(file)));
        }

        return new OperationsHost(knowledge, FreePort(), configure);
    }

    /// <summary>Waits until the console chat greeted, which the host does after every other service started.</summary>
    public Task ConsoleStartedAsync() => Output.WaitForAsync("KosovoBot console chat", Timeout);

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Input.End();
        try
        {
            await Run.WaitAsync(Timeout);
        }
        finally
        {
            Http.Dispose();
            Directory.Delete(_knowledge, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
