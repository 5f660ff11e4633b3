namespace Tenken.Core.Reading.Text;

/// <summary>Text decoded from bytes and the name of the encoding it was found to be in (UTF-8, Shift_JIS …).</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>Why bytes could not be decoded, as a Japanese message for the user.</summary>
public sealed record DecodeFailure(string Message, string Code);
