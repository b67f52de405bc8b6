using System.Text;

namespace Thaiyyal.Grains.Engine.Nodes.Operations;

/// <summary>The case conversions of <c>text_operation</c>, following the reference's Go functions.</summary>
internal static class TextCase
{
    /// <summary>
    /// Lower-cases everything, then upper-cases the first letter of each word. Like Go's English title caser,
    /// digits, underscores and single "mid-word" marks (apostrophe, period, colon, comma) do not end a word, and
    /// non-letters before a word's first letter do not start it ("3rd" becomes "3Rd").
    /// </summary>
    public static string Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inWord = false;
        var wasMid = false;
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (!inWord)
            {
                if (Rune.IsLetter(rune))
                {
                    builder.Append(Rune.ToUpperInvariant(rune).ToString());
                    inWord = true;
                    wasMid = false;
                    continue;
                }
            }
            else if (Rune.IsLetterOrDigit(rune) || rune.Value == '_' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                wasMid = false;
            }
            else if (IsMidWord(rune) && !wasMid)
            {
                wasMid = true;
            }
            else
            {
                inWord = false;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>
    /// Splits on whitespace; the first word lower-cased, the others with their first byte upper-cased and the rest
    /// lower-cased, joined without spaces. Whitespace-only text is returned unchanged.
    /// </summary>
    public static string Camel(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return text;
        }
        var builder = new StringBuilder(words[0].ToLowerInvariant());
        foreach (var word in words.Skip(1))
        {
            builder.Append(CapitalizeFirstByte(word));
        }
        return builder.ToString();
    }

    /// <summary>Swaps the case of every upper- or lower-case letter.</summary>
    public static string Inverse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var swapped = Rune.IsUpper(rune) ? Rune.ToLowerInvariant(rune) : Rune.IsLower(rune) ? Rune.ToUpperInvariant(rune) : rune;
            builder.Append(swapped.ToString());
        }
        return builder.ToString();
    }

    private static bool IsMidWord(Rune rune) => rune.Value is '\'' or '.' or ':' or ',' or ';' or '\u2019' or '\u00B7';

    // Go slices the word's first byte, so a multi-byte first letter turns into replacement characters.
    private static string CapitalizeFirstByte(string word)
    {
        var bytes = Encoding.UTF8.GetBytes(word);
        var first = bytes[0] < 0x80 ? char.ToUpperInvariant((char)bytes[0]).ToString() : "\uFFFD";
        var rest = new StringBuilder();
        var i = 1;
        while (i < bytes.Length && bytes[i] is >= 0x80 and < 0xC0)
        {
            rest.Append('\uFFFD');
            i++;
        }
        rest.Append(Encoding.UTF8.GetString(bytes, i, bytes.Length - i));
        return first + rest.ToString().ToLowerInvariant();
    }
}
