using Tenken.Core.Documents;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Patterns;
using Tenken.Core.Drafting.Units;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Planning;

/// <summary>
/// Drafts one article: patterns propose edits at the findings' cues, each edit is cited by the smallest 条・項・号
/// holding it, quotes are chosen per unit, the 改め文 is written in the document's numerals, the after text is built
/// from the edits, and the draft is kept only if <see cref="DraftCheck"/> agrees.
/// </summary>
internal sealed class ArticleDrafter(DraftPatternSet patterns)
{
    public ArticleOutcome Draft(Article article, IReadOnlyList<Finding> findings, DocumentDrafts document)
    {
        if (findings.Count == 0)
            return new ArticleOutcome(null, [], []);
        if (!OriginalProvision(article) || article.Deleted || article.Num.Contains(':') || article.Num.Contains('~'))
            return ManualEntries.All(article, findings, document, "改正法令の附則・削除条・範囲の条は草案の対象外です（本則と制定時の附則の条を改正する改め文だけを作ります）。");
        var amendable = new AmendableArticle(article);
        var map = new ArticleMap(amendable);
        if (!map.Valid)
            return ManualEntries.All(article, findings, document, "条文の並び（項・号の組み立て）を読み取れなかったため、草案を作れません。");

        var reasons = new Dictionary<Cue, string>();
        var (edits, unfixed) = EditFinder.Find(article.Text, findings, patterns, document.National, reasons);
        var units = new List<(UnitNode Node, List<(PlannedEdit Edit, int Row, int Offset)> Edits)>();
        foreach (var edit in edits.OrderBy(e => e.Start))
        {
            if (map.Locate(edit.Start, edit.End) is not { } place)
            {
                foreach (var cue in CuesOf(findings, edit))
                {
                    unfixed.Add(cue);
                    reasons[cue.Cue] = "手がかりの語句が項・号の境目にかかっているため、草案を作れません。";
                }
                continue;
            }
            var unit = units.FirstOrDefault(u => u.Node == place.Node);
            if (unit.Node is null)
                units.Add(unit = (place.Node, []));
            unit.Edits.Add((edit, place.Row, place.Offset));
        }

        var clauses = new List<AmendClause>();
        var accepted = new List<(UnitNode Node, int Row, int Offset, PlannedEdit Edit)>();
        var cited = units.Select(u => u.Node).ToHashSet();
        foreach (var (node, unitEdits) in units)
        {
            var path = NodeCitation.PathOf(article, amendable, node);
            var segments = UnitResolver.Resolve(amendable, path, "", out _, cited.Where(n => n != node).ToHashSet());
            if (segments is null || unitEdits.Any(e => !segments.Any(s => s.Node == node && s.Row == e.Row)))
            {
                // The citation names another unit (two items printed with the same label): it cannot be cited safely.
                foreach (var cue in unitEdits.SelectMany(e => CuesOf(findings, e.Edit)))
                {
                    unfixed.Add(cue);
                    reasons[cue.Cue] = "同じ番号の項・号が複数あるため、改正する位置を条・項・号で指定できません。";
                }
                continue;
            }
            var texts = segments.Select(s => s.Read(amendable)).ToList();
            var local = unitEdits.Select(e => new UnitEdit(
                SegmentIndex(segments, node, e.Row), e.Offset, e.Offset + e.Edit.End - e.Edit.Start, e.Edit.Replacement, [e.Edit])).ToList();
            var changes = QuoteChooser.Choose(texts, local, out var reason);
            if (changes is null)
            {
                foreach (var cue in unitEdits.SelectMany(e => CuesOf(findings, e.Edit)))
                {
                    unfixed.Add(cue);
                    reasons[cue.Cue] = reason;
                }
                continue;
            }
            clauses.Add(new AmendClause(path, changes));
            accepted.AddRange(unitEdits.Select(e => (node, e.Row, e.Offset, e.Edit)));
        }

        var manual = ManualEntries.For(article, document, unfixed, reasons);
        if (clauses.Count == 0)
            return new ArticleOutcome(null, manual, []);
        var sentence = AratamebunWriter.Write(clauses, document.Numerals);
        var after = After(amendable, accepted);
        var failure = DraftCheck.Verify(article, after, [sentence], document.Numerals);
        if (failure is not null)
            return ManualEntries.All(article, findings, document, "草案が自己検査を通りませんでした: " + failure, checkFailed: true);

        var fixedFindings = findings.Where(f => !unfixed.Any(u => u.Finding == f) && accepted.Any(a => a.Edit.Category == f.Category)).ToList();
        var used = accepted.OrderBy(a => a.Edit.Start).Select(a => a.Edit).ToList();
        var notes = used.Select(e => e.Pattern.Note).Where(n => n.Length > 0).Distinct().ToList();
        if (manual.Count > 0)
            notes.Add("一部の手がかり（" + string.Join("、", manual.Select(m => m.Cues)) + "）は要個別検討です。");
        var draft = new ArticleDraft
        {
            Key = article.Key,
            DocumentId = document.DocumentId,
            DocumentTitle = document.Title,
            Article = article.Title,
            Caption = article.Caption,
            Categories = [.. used.Select(e => e.Category).Distinct().Order()],
            Patterns = [.. used.Select(e => e.Pattern.Name).Distinct()],
            FindingIds = [.. fixedFindings.Select(f => f.Id)],
            Before = article.Text,
            After = after,
            Aratamebun = [sentence],
            Changes = Spans(article.Text, used),
            Note = string.Join(" ", notes),
        };
        return new ArticleOutcome(draft, manual, fixedFindings);
    }

    /// <summary>
    /// The article text with the accepted edits applied where the patterns found them (not through the 改め文), on
    /// the copy the quotes were read from, which is not read again.
    /// </summary>
    private static string After(AmendableArticle amendable, List<(UnitNode Node, int Row, int Offset, PlannedEdit Edit)> accepted)
    {
        foreach (var group in accepted.GroupBy(a => (a.Node, a.Row)))
        {
            var (node, row) = group.Key;
            var text = row == TextSegment.OwnText ? node.Text : node.Rows[row];
            foreach (var (_, _, offset, edit) in group.OrderByDescending(a => a.Offset))
                text = string.Concat(text.AsSpan(0, offset), edit.Replacement, text.AsSpan(offset + edit.End - edit.Start));
            if (row == TextSegment.OwnText)
                node.Text = text;
            else
                node.Rows[row] = text;
        }
        return amendable.ToArticle().Text;
    }

    /// <summary>The changed words of each edit, in the before text and in the after text (edits do not overlap).</summary>
    private static List<ChangedSpan> Spans(string before, List<PlannedEdit> edits)
    {
        var spans = new List<ChangedSpan>();
        var delta = 0;
        foreach (var edit in edits)
        {
            spans.Add(ChangedSpan.Of(edit.Start, delta, before[edit.Start..edit.End], edit.Replacement));
            delta += edit.Replacement.Length - (edit.End - edit.Start);
        }
        return spans;
    }

    /// <summary>The 本則, or the 附則 of the original enactment (the first 附則; the others belong to amending acts).</summary>
    private static bool OriginalProvision(Article article) =>
        article.Provision == ProvisionKind.Main ||
        article.Key.Contains("#附則1#", StringComparison.Ordinal) || article.Key.EndsWith("#附則1", StringComparison.Ordinal);

    private static int SegmentIndex(IReadOnlyList<TextSegment> segments, UnitNode node, int row) =>
        segments.Select((s, i) => (s, i)).First(p => p.s.Node == node && p.s.Row == row).i;

    private static IEnumerable<(Finding Finding, Cue Cue)> CuesOf(IReadOnlyList<Finding> findings, PlannedEdit edit) =>
        findings.Where(f => f.Category == edit.Category).SelectMany(f => f.Cues.Where(c => edit.Overlaps(c.Start, c.End)).Select(c => (f, c)));
}
