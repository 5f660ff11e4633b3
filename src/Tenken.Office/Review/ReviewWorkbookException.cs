namespace Tenken.Office.Review;

/// <summary>A review workbook that cannot be read (broken file, missing sheet or header); the Japanese message names the file, sheet and cell.</summary>
public sealed class ReviewWorkbookException(string message, Exception? inner = null) : Exception(message, inner);
