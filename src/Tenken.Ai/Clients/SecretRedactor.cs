namespace Tenken.Ai.Clients;

/// <summary>Removes the API key from any text that may reach a report, a log or the cache (error bodies can echo it).</summary>
public sealed class SecretRedactor(string? secret)
{
    public const string Mask = "***";

    public static SecretRedactor None { get; } = new(null);

    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) || secret.Length < 4 ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}
