namespace Tenken.Core.Documents;

/// <summary>
/// Where a unit stands in the document: the main provision (本則), a 附則, or a 様式 / 別表 appended at the end
/// (keyed by its label, see <see cref="ArticleKeys.Appended"/>).
/// </summary>
public enum ProvisionKind
{
    Main,
    Supplementary,
    /// <summary>様式第N号, 第N号様式, 別記様式 (and 書式): a form; its text is the form's body.</summary>
    Form,
    /// <summary>別表, 別表第N (and 付表): a table; its text is the table's rows.</summary>
    Table,
}
