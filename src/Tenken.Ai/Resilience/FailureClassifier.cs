using System.ClientModel;
using System.Net.Sockets;
using Tenken.Ai.Clients;

namespace Tenken.Ai.Resilience;

/// <summary>Maps what a chat client threw (OpenAI SDK, Dify client, HttpClient) to a <see cref="CallFailure"/>.</summary>
public static class FailureClassifier
{
    public static CallFailure Classify(Exception ex, bool timedOut, TimeSpan timeout, TimeProvider time)
    {
        if (timedOut)
            return new(CallFailureKind.Timeout, $"時間切れ（{timeout.TotalSeconds:0.#} 秒以内に応答なし）", true);
        return ex switch
        {
            ClientResultException { Status: > 0 } cre => FromStatus(cre.Status, RetryAfter(cre, time), cre.Message),
            LlmHttpException { Status: > 0 } http => FromStatus(http.Status, http.RetryAfter, http.Message),
            LlmHttpException http => new(CallFailureKind.Rejected, http.Message, false),
            _ when IsConnection(ex) => new(CallFailureKind.Connection, $"LLM サーバーに接続できません（{Innermost(ex).Message}）", true),
            _ => new(CallFailureKind.Rejected, $"LLM の呼び出しに失敗しました（{ex.GetType().Name}: {FirstLine(ex.Message)}）", false),
        };
    }

    public static CallFailure FromStatus(int status, TimeSpan? retryAfter, string message) => status switch
    {
        429 => new(CallFailureKind.RateLimited, "HTTP 429（要求が多すぎます）", true, retryAfter),
        408 => new(CallFailureKind.Timeout, "HTTP 408（時間切れ）", true, retryAfter),
        401 or 403 => new(CallFailureKind.Fatal, $"HTTP {status}（認証に失敗しました。API キーの環境変数を確認してください）", false),
        404 => new(CallFailureKind.Fatal, "HTTP 404（エンドポイントかモデル名が見つかりません）", false),
        >= 500 => new(CallFailureKind.ServerError, $"HTTP {status}（サーバーエラー）: {FirstLine(message)}", true, retryAfter),
        _ => new(CallFailureKind.Rejected, $"HTTP {status}: {FirstLine(message)}", false),
    };

    private static TimeSpan? RetryAfter(ClientResultException ex, TimeProvider time) =>
        ex.GetRawResponse() is { } response && response.Headers.TryGetValue("Retry-After", out var value)
            ? RetryAfterHeader.Parse(value, time.GetUtcNow())
            : null;

    private static bool IsConnection(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException or HttpRequestException { StatusCode: null } or IOException)
                return true;
        }
        return false;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
            ex = ex.InnerException;
        return ex;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
