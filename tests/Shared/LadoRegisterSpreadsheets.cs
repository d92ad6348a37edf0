using System.Globalization;
using System.Text;

namespace Safeguarding.Tests.Shared;

/// <summary>
/// LADO spreadsheets (CSV) for the registers' tests, with clearly fictional agencies. Linked into
/// every test project, so the domain, the store and the widgets import the same file.
/// </summary>
internal static class LadoRegisterSpreadsheets
{
    /// <summary>The day the 2015-16 register is read as at: the annual report was written after the year, and every case is at least three months old by then.</summary>
    internal static readonly DateOnly Herefordshire2015To16AsAt = new(2016, 6, 30);

    private static readonly string[] Referrers =
    [
        "Education,Example Academy Trust",
        "Local authority,Example Council fostering service",
        "Health,Example Hospital Trust",
        "Voluntary,Example Youth Club",
        "Police,Example Constabulary",
    ];

    private static readonly string[] Outcomes = ["Unsubstantiated", "Substantiated", "Unfounded", "False", "Malicious"];

    /// <summary>
    /// A register of 117 cases referred in 2015-16, as the Herefordshire annual report 2015-16 counts
    /// them (seed 003, section 6d): 29 resolved within one month, 39 after one month and within three,
    /// and 49 that took longer: 42 closed after 100 days and 7 still open on
    /// 30 June 2016 (two of them exceptional, awaiting criminal proceedings). A case is referred every
    /// third day from 1 April 2015.
    /// </summary>
    internal static string Herefordshire2015To16()
    {
        var csv = new StringBuilder("reference,allegation made,employer told,referred,meeting,closed,referring sector,referring agency,employment sector,harm test limbs,outcome,exceptional delay,exceptional delay reason,review by\n");
        var start = new DateOnly(2015, 4, 1);
        for (var i = 0; i < 117; i++)
        {
            var referred = start.AddDays(i * 3);
            int? daysToClose = i < 29 ? 20 : i < 68 ? 60 : i < 110 ? 100 : null;
            var exceptional = i is 110 or 111;
            csv.Append(CultureInfo.InvariantCulture, $"LADO-2015-{i + 1:000},")
                .Append(Date(referred.AddDays(-1))).Append(',')
                .Append(Date(referred.AddDays(-1))).Append(',')
                .Append(Date(referred)).Append(',')
                .Append(Date(referred.AddDays(5))).Append(',')
                .Append(daysToClose is { } days ? Date(referred.AddDays(days)) : string.Empty).Append(',')
                .Append(Referrers[i % Referrers.Length]).Append(',')
                .Append(i % 2 == 0 ? "Education" : "Local authority").Append(',')
                .Append(i % 3 == 0 ? "1;2" : "3").Append(',')
                .Append(daysToClose is null ? string.Empty : Outcomes[i % Outcomes.Length]).Append(',')
                .Append(exceptional ? "Yes,Awaiting the outcome of criminal proceedings" : "No,").Append(',')
                .Append(Date(referred.AddYears(10)))
                .Append('\n');
        }
        return csv.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
