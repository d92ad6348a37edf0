namespace Safeguarding.BoardPapers.Writers;

/// <summary>A board paper written in a format, ready to serve.</summary>
/// <param name="Content">The file's bytes (UTF-8 for CSV and the print view).</param>
/// <param name="MediaType">The media type to serve it as, such as "text/csv; charset=utf-8".</param>
/// <param name="FileName">The file name to suggest, such as "hscb-business-plan-2014-15-exception-report-2014-11-30.csv".</param>
public sealed record WrittenPaper(byte[] Content, string MediaType, string FileName);
