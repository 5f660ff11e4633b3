using System.Text;

namespace Tenken.Office.Reading.Docx;

/// <summary>Formats a list counter the way Word's number formats (w:numFmt) display it.</summary>
internal static class NumberLabels
{
    private const string Iroha = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
    private const string Aiueo = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private const string Kanji = "〇一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    public static string Format(int n, string format) => format switch
    {
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(n.ToString()),
        "decimalZero" => n.ToString("00"),
        "japaneseCounting" or "chineseCounting" or "chineseCountingThousand" or "japaneseLegal" => Counting(n),
        "ideographDigital" or "japaneseDigitalTenThousand" => Digital(n),
        "iroha" or "irohaFullWidth" => Cycle(n, Iroha),
        "aiueo" or "aiueoFullWidth" => Cycle(n, Aiueo),
        "ideographTraditional" => Cycle(n, Stems),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : $"({n})",
        "decimalEnclosedParen" => $"({n})",
        "decimalEnclosedFullstop" => $"{n}.",
        "upperLetter" => Letters(n, 'A'),
        "lowerLetter" => Letters(n, 'a'),
        "upperRoman" => Roman(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        _ => n.ToString(),
    };

    public static string FullWidth(string ascii)
    {
        var chars = ascii.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9')
                chars[i] = (char)('０' + (chars[i] - '0'));
        }
        return new string(chars);
    }

    /// <summary>一, 十, 十一, 二十三, 百五, 千二百: the way 条 and 号 numbers are written.</summary>
    public static string Counting(int n)
    {
        if (n <= 0)
            return "〇";
        var sb = new StringBuilder();
        if (n >= 10000)
        {
            sb.Append(Counting(n / 10000)).Append('万');
            n %= 10000;
        }
        Unit(sb, n / 1000, '千');
        Unit(sb, n / 100 % 10, '百');
        Unit(sb, n / 10 % 10, '十');
        if (n % 10 > 0)
            sb.Append(Kanji[n % 10]);
        return sb.ToString();
    }

    private static void Unit(StringBuilder sb, int digit, char unit)
    {
        if (digit == 0)
            return;
        if (digit > 1)
            sb.Append(Kanji[digit]);
        sb.Append(unit);
    }

    private static string Digital(int n) => string.Concat(n.ToString().Select(c => Kanji[c - '0']));

    private static string Cycle(int n, string alphabet) => n <= 0 ? "" : alphabet[(n - 1) % alphabet.Length].ToString();

    private static string Letters(int n, char first)
    {
        if (n <= 0)
            return "";
        var letter = (char)(first + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (value, text) in table)
        {
            for (; n >= value; n -= value)
                sb.Append(text);
        }
        return sb.ToString();
    }
}
