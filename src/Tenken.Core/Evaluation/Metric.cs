namespace Tenken.Core.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, with precision, recall and F1.</summary>
public sealed record Metric(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Metric Sum(IEnumerable<Metric> metrics)
    {
        var list = metrics.ToList();
        return new Metric(list.Sum(m => m.TruePositives), list.Sum(m => m.FalsePositives), list.Sum(m => m.FalseNegatives));
    }
}
