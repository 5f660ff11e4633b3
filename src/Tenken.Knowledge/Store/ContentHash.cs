using System.Security.Cryptography;
using System.Text;
using Tenken.Core.Documents;

namespace Tenken.Knowledge.Store;

/// <summary>SHA-256 hashes (lower-case hex) that decide whether a file or an article changed since the last run.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The article's text hash: its caption and full text (what the screening reads).</summary>
    public static string OfArticle(Article article) => Of((article.Caption ?? "") + "\n" + article.Title + "\n" + article.Text);
}
