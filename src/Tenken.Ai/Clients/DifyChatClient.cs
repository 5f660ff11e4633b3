using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Tenken.Ai.Configuration;

namespace Tenken.Ai.Clients;

/// <summary>
/// An <see cref="IChatClient"/> over a Dify workflow app (POST {endpoint}/workflows/run, blocking mode). The system
/// prompt and the conversation go into the workflow's input variables; the answer is read from one output variable.
/// </summary>
public sealed class DifyChatClient(HttpClient http, Uri endpoint, string? apiKey, DifySettings dify, string modelLabel) : IChatClient
{
    private static readonly JsonSerializerOptions BodyOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Uri _runUri = new(endpoint.ToString().TrimEnd('/') + "/workflows/run");

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _runUri) { Content = JsonContent.Create(BuildBody(messages.ToList()), options: BodyOptions) };
        if (!string.IsNullOrEmpty(apiKey))
            request.Headers.Authorization = new("Bearer", apiKey);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter is { } ra
                ? ra.Delta ?? (ra.Date is { } d ? d - DateTimeOffset.UtcNow : null)
                : null;
            throw new LlmHttpException((int)response.StatusCode, retryAfter, $"Dify が HTTP {(int)response.StatusCode} を返しました: {Shorten(body)}");
        }
        return ParseResult(body);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
            yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("dify", endpoint, modelLabel)
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private JsonObject BuildBody(IReadOnlyList<ChatMessage> messages)
    {
        var system = string.Join("\n\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
        var conversation = messages.Where(m => m.Role != ChatRole.System).ToList();
        var user = conversation.Count == 1 ? conversation[0].Text : RenderConversation(conversation);
        var inputs = new JsonObject();
        if (dify.SystemInput.Length > 0)
            inputs[dify.SystemInput] = system;
        else
            user = system + "\n\n" + user;
        inputs[dify.UserInput] = user;
        return new JsonObject { ["inputs"] = inputs, ["response_mode"] = "blocking", ["user"] = dify.User };
    }

    // A workflow is single-turn: a repair round is sent as one input holding the earlier turns, labelled.
    private static string RenderConversation(IEnumerable<ChatMessage> conversation)
    {
        var sb = new StringBuilder();
        foreach (var m in conversation)
            sb.Append(m.Role == ChatRole.Assistant ? "[前回の回答]\n" : "[依頼]\n").Append(m.Text).Append("\n\n");
        return sb.ToString().TrimEnd();
    }

    private ChatResponse ParseResult(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw new LlmHttpException(502, null, $"Dify の応答が JSON ではありません: {Shorten(body)}");
        }
        var data = root?["data"];
        var status = data?["status"]?.GetValue<string>() ?? "";
        if (!status.Equals("succeeded", StringComparison.OrdinalIgnoreCase))
        {
            var error = data?["error"]?.ToString() ?? "";
            throw new LlmHttpException(0, null, $"Dify ワークフローが完了しませんでした（status={status}）: {Shorten(error)}");
        }
        var output = data?["outputs"]?[dify.OutputKey];
        if (output is null)
            throw new LlmHttpException(0, null, $"Dify ワークフローの出力に「{dify.OutputKey}」がありません。");
        var text = output.GetValueKind() == JsonValueKind.String ? output.GetValue<string>() : output.ToJsonString();
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = modelLabel };
        if (data?["total_tokens"] is JsonValue total && total.TryGetValue<long>(out var tokens))
            response.Usage = new UsageDetails { TotalTokenCount = tokens };
        return response;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
