using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>
/// Reads a 改め文 sentence of the forms a draft writes — 「X」を「Y」に改める, 「X」の次に「Y」を加える, 「X」を削る, several
/// per unit and several units per sentence with 同条/同項/同号 chains — into clauses. The tokenizer classifies the
/// pieces; this builds the clauses and, for anything else, returns the sentence with a Japanese reason (never throws).
/// </summary>
public static class AratamebunParser
{
    public static ParsedSentence Parse(string sentence)
    {
        var text = sentence.Trim();
        var builder = new Builder(AratamebunTokenizer.Tokenize(text));
        try
        {
            return new ParsedSentence(text, builder.Sentence(), null);
        }
        catch (FormatException ex)
        {
            return new ParsedSentence(text, [], ex.Message);
        }
    }

    /// <summary>Walks the tokens; a grammar mistake is thrown as FormatException and caught by <see cref="Parse"/>.</summary>
    private sealed class Builder(List<AratamebunToken> tokens)
    {
        private int _pos;

        public List<AmendClause> Sentence()
        {
            var clauses = new List<AmendClause>();
            UnitPath? previous = null;
            while (true)
            {
                var location = Expect(TokenKind.Location, "条・項・号の指定（第N条…中）");
                var path = LocationParser.Parse(location.Text, previous, out var error) ?? throw new FormatException(error);
                Expect(TokenKind.In, "中");
                var changes = new List<TextChange>();
                while (true)
                {
                    var final = Group(changes);
                    if (final)
                    {
                        Expect(TokenKind.Period, "文末の「。」");
                        if (_pos < tokens.Count)
                            throw Error(tokens[_pos], "文末の後に続きがあります");
                        clauses.Add(new AmendClause(path, changes));
                        return clauses;
                    }
                    Expect(TokenKind.Comma, "「、」");
                    if (Peek() == TokenKind.Quote)
                        continue;
                    break;
                }
                clauses.Add(new AmendClause(path, changes));
                previous = path;
            }
        }

        /// <summary>Reads one group of changes of one kind up to its verb; true when the verb ends the sentence.</summary>
        private bool Group(List<TextChange> changes)
        {
            var first = Expect(TokenKind.Quote, "「」で囲んだ語句");
            switch (Peek())
            {
                case TokenKind.After:
                    return Inserts(first, changes);
                case TokenKind.Wo when PeekAt(1) == TokenKind.Quote:
                    return Replaces(first, changes);
                default:
                    return Deletes(first, changes);
            }
        }

        private bool Replaces(AratamebunToken first, List<TextChange> changes)
        {
            var quote = first;
            while (true)
            {
                Expect(TokenKind.Wo, "「を」");
                var text = Expect(TokenKind.Quote, "改めた後の語句");
                Expect(TokenKind.Ni, "「に」");
                changes.Add(new TextChange(ChangeKind.Replace, quote.Text, text.Text));
                var verb = Next("「改め」「改める」又は「、」");
                if (verb.Kind is TokenKind.Replace or TokenKind.ReplaceEnd)
                    return verb.Kind == TokenKind.ReplaceEnd;
                if (verb.Kind != TokenKind.Comma)
                    throw Error(verb, "「に」の後には「改め」か「、」が来るはずです");
                quote = Expect(TokenKind.Quote, "次に改める語句");
            }
        }

        private bool Inserts(AratamebunToken first, List<TextChange> changes)
        {
            var quote = first;
            while (true)
            {
                Expect(TokenKind.After, "「の次に」");
                var text = Expect(TokenKind.Quote, "加える語句");
                Expect(TokenKind.Wo, "「を」");
                changes.Add(new TextChange(ChangeKind.Insert, quote.Text, text.Text));
                var verb = Next("「加え」「加える」又は「、」");
                if (verb.Kind is TokenKind.Insert or TokenKind.InsertEnd)
                    return verb.Kind == TokenKind.InsertEnd;
                if (verb.Kind != TokenKind.Comma)
                    throw Error(verb, "「を」の後には「加え」か「、」が来るはずです");
                quote = Expect(TokenKind.Quote, "次に語句を加える位置の語句");
            }
        }

        private bool Deletes(AratamebunToken first, List<TextChange> changes)
        {
            changes.Add(new TextChange(ChangeKind.Delete, first.Text));
            while (Peek() is TokenKind.And or TokenKind.Comma && PeekAt(1) == TokenKind.Quote)
            {
                _pos++;
                changes.Add(new TextChange(ChangeKind.Delete, Expect(TokenKind.Quote, "削る語句").Text));
            }
            Expect(TokenKind.Wo, "「を」（「を「…」に改め」「の次に」「を削り」のいずれか）");
            var verb = Next("「削り」又は「削る」");
            if (verb.Kind is not (TokenKind.Delete or TokenKind.DeleteEnd))
                throw Error(verb, "「を」の後には「削り」「削る」か「「…」に」が来るはずです");
            return verb.Kind == TokenKind.DeleteEnd;
        }

        private TokenKind? Peek() => _pos < tokens.Count ? tokens[_pos].Kind : null;

        private TokenKind? PeekAt(int ahead) => _pos + ahead < tokens.Count ? tokens[_pos + ahead].Kind : null;

        private AratamebunToken Next(string what)
        {
            if (_pos >= tokens.Count)
                throw new FormatException($"文が途中で終わっています（{what}がありません）。");
            return tokens[_pos++];
        }

        private AratamebunToken Expect(TokenKind kind, string what)
        {
            var token = Next(what);
            if (token.Kind != kind)
                throw Error(token, $"{what}があるはずの位置です");
            return token;
        }

        private FormatException Error(AratamebunToken token, string reason)
        {
            var shown = token.Kind == TokenKind.Quote ? $"「{token.Text}」" : token.Text;
            var excerpt = shown.Length > 30 ? shown[..30] + "…" : shown;
            return new FormatException($"{token.Offset + 1}文字目「{excerpt}」: {reason}。");
        }
    }
}
