using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tenken.Ai.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, random port) that speaks the OpenAI chat completions protocol on any
/// path ending in /chat/completions and the Dify workflow protocol on /v1/workflows/run. A script decides each reply.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ModelCall, ModelReply> _script;
    private int _count;
    private int _inFlight;

    private FakeLlmServer(WebApplication app, Func<ModelCall, ModelReply> script)
    {
        _app = app;
        _script = script;
    }

    public ConcurrentQueue<ModelCall> Calls { get; } = new();

    public int MaxInFlight { get; private set; }

    public Uri Root { get; private set; } = null!;

    /// <summary>The base URL a user would configure: <c>http://127.0.0.1:port/v1</c>.</summary>
    public string V1 => new Uri(Root, "/v1").ToString();

    public static async Task<FakeLlmServer> StartAsync(Func<ModelCall, ModelReply> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeLlmServer(app, script);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var protocol = http.Request.Path.Value!.EndsWith("/workflows/run", StringComparison.Ordinal) ? "dify" : "openai";
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new ModelCall(Interlocked.Increment(ref _count) - 1, protocol, http.Request.Path.Value!, http.Request.QueryString.Value ?? "", headers, body);
        Calls.Enqueue(call);
        var inFlight = Interlocked.Increment(ref _inFlight);
        lock (Calls)
            MaxInFlight = Math.Max(MaxInFlight, inFlight);
        try
        {
            var reply = _script(call);
            if (reply.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(reply.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            foreach (var (name, value) in reply.Headers)
                http.Response.Headers[name] = value;
            http.Response.StatusCode = reply.Status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(reply.Status != 200 ? reply.ErrorBody : protocol == "dify" ? Dify(reply) : OpenAi(reply, call));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static string OpenAi(ModelReply reply, ModelCall call) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = call.Json["model"]?.GetValue<string>() ?? "fake",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = reply.PromptTokens,
            ["completion_tokens"] = reply.CompletionTokens,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
        },
    }.ToJsonString(ModelCall.JsonOptions);

    private static string Dify(ModelReply reply) => new JsonObject
    {
        ["workflow_run_id"] = "run-1",
        ["task_id"] = "task-1",
        ["data"] = new JsonObject
        {
            ["id"] = "run-1",
            ["workflow_id"] = "wf-1",
            ["status"] = "succeeded",
            ["outputs"] = new JsonObject { ["text"] = reply.Content },
            ["error"] = null,
            ["elapsed_time"] = 0.1,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
            ["total_steps"] = 2,
            ["created_at"] = 1_700_000_000,
            ["finished_at"] = 1_700_000_001,
        },
    }.ToJsonString(ModelCall.JsonOptions);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
