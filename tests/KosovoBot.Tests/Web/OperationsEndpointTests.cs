using System.Globalization;
using System.Net;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;
using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Tests.Web;

public sealed class OperationsEndpointTests
{
    [Fact]
    public async Task Readyz_KnowledgeLoadingThenAdapterSwitching_FollowsEachState()
    {
        var knowledgeRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseKnowledge = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connections = new AdapterConnections();
        var platform = new SwitchedAdapter(connections);
        await using var bot = OperationsHost.Start(services =>
        {
            // The store loads the knowledge when it is created: hold that until the test has probed.
            services.Replace(ServiceDescriptor.Singleton(provider =>
            {
                knowledgeRequested.TrySetResult();
                if (!releaseKnowledge.Task.Wait(OperationsHost.Timeout))
                {
                    throw new TimeoutException("The test never released the knowledge load.");
                }

                return new KnowledgeStore(
                    provider.GetRequiredService<IOptions<KnowledgeOptions>>(),
                    provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILogger<KnowledgeStore>>());
            }));
            services.Replace(ServiceDescriptor.Singleton(connections));
            services.AddSingleton<IChatAdapter>(platform);
        });

        await knowledgeRequested.Task.WaitAsync(OperationsHost.Timeout);
        var alive = await bot.GetAsync("/healthz");
        var loading = await bot.GetAsync("/readyz");
        releaseKnowledge.SetResult();
        await bot.ConsoleStartedAsync();
        await platform.Started.Task.WaitAsync(OperationsHost.Timeout);
        var disconnected = await bot.GetAsync("/readyz");
        platform.Connect();
        var ready = await bot.GetAsync("/readyz");
        platform.Disconnect();
        var dropped = await bot.GetAsync("/readyz");
        platform.Connect();
        var back = await bot.GetAsync("/readyz");
        platform.Stop();

        Assert.Equal(HttpStatusCode.OK, alive.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.Status);
        Assert.Contains("knowledge: not ready (loading)", loading.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disconnected.Status);
        Assert.Contains("knowledge: ready (2 articles)", disconnected.Body, StringComparison.Ordinal);
        Assert.Contains("adapters: not ready (not connected: fakeplatform)", disconnected.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.StartsWith("ready\n", ready.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, dropped.Status);
        Assert.Equal(HttpStatusCode.OK, back.Status);
    }

    [Fact]
    public async Task Metrics_AfterQuestions_CountsOutcomesAndServesRuntimeMetrics()
    {
        await using var bot = OperationsHost.Start();
        await bot.ConsoleStartedAsync();
        var before = await bot.GetAsync("/metrics");

        bot.Input.Type("how many troops are in kfor?");
        await bot.Output.WaitForAsync("16,000", OperationsHost.Timeout);
        bot.Input.Type("what is the capital of peru?");
        await bot.Output.WaitForAsync("No article mentions", OperationsHost.Timeout);
        var after = await bot.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(1, Questions(after.Body, "answered") - Questions(before.Body, "answered"));
        Assert.Equal(1, Questions(after.Body, "declined") - Questions(before.Body, "declined"));
        Assert.Contains("kosovobot_answer_duration_seconds_bucket{", after.Body, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", after.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_KnowledgeReloadWithABadFile_CountsTheReloadAndTheRefusal()
    {
        KnowledgeStore? store = null;
        await using var bot = OperationsHost.Start(services => services.Replace(ServiceDescriptor.Singleton(provider =>
            store = new KnowledgeStore(
                provider.GetRequiredService<IOptions<KnowledgeOptions>>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<KnowledgeStore>>()))));
        await bot.ConsoleStartedAsync();
        var before = await bot.GetAsync("/metrics");

        await File.WriteAllTextAsync(Path.Combine(store!.Directory, "broken.md"), "---\nid: broken\n---\n\nNo title, outlet or date.\n");
        var reload = store.Reload();
        var after = await bot.GetAsync("/metrics");

        Assert.Single(reload.Refused);
        Assert.Equal(1, Value(after.Body, "kosovobot_knowledge_reloads_total") - Value(before.Body, "kosovobot_knowledge_reloads_total"));
        Assert.Equal(1, Value(after.Body, "kosovobot_knowledge_refused_files_total") - Value(before.Body, "kosovobot_knowledge_refused_files_total"));
    }

    [Fact]
    public async Task RunAsync_WebListenUrlWithPath_StopsStartupNamingTheSetting()
    {
        var error = new StringWriter();
        var exit = await KosovoBot.Hosting.WorkerHost.RunAsync(
            ["--Web:ListenUrl=http://127.0.0.1:1/metrics", "--Discord:Token=", "--Slack:BotToken="],
            new KosovoBot.ConsoleChat.ConsoleStreams(new StringReader(string.Empty), TextWriter.Null, error),
            configure: null);

        Assert.Equal(1, exit);
        Assert.Contains("Web:ListenUrl must be an http:// address", error.ToString(), StringComparison.Ordinal);
    }

    private static double Questions(string metrics, string outcome) =>
        Value(metrics, "kosovobot_questions_total", "platform=\"console\"", $"outcome=\"{outcome}\"");

    // Summed over label sets: the exporter adds its own labels (the meter's name and scope). Absent counts as 0.
    private static double Value(string metrics, string name, params string[] labels)
    {
        var total = 0.0;
        foreach (var line in metrics.Split('\n'))
        {
            if (line.StartsWith(name + "{", StringComparison.Ordinal)
                && labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            {
                total += double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
