using System.Security.Cryptography;
using System.Text;
using Tenken.Ai.Prompting;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Caching;

/// <summary>
/// The cache key of one call: model + prompt version + SHA-256 of the article text + the candidate categories.
/// Precedents are left out on purpose: a growing knowledge base should not make every cached answer stale.
/// </summary>
public static class CacheKey
{
    public static string For(string model, ReviewRequest request) =>
        Hash($"{model}\n{SystemPrompt.Version}\n{TextHash(request.Text)}\n{string.Join(",", request.Candidates.Select(c => c.Category.Code()).Order(StringComparer.Ordinal))}");

    public static string TextHash(string text) => Hash(text);

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
