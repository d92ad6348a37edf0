using FsCheck;
using FsCheck.Fluent;
using Safeguarding.Domain.BusinessPlans;
using Xunit.Abstractions;

namespace Safeguarding.Domain.Tests.Fuzzing;

// Issue 8: Timescale.TryParse returns false with a message, and never throws, for any text; what
// it accepts it reads consistently. 12,000 texts from FsCheck generators with a fixed seed.
public class TimescaleFuzzTests(ITestOutputHelper output)
{
    private const int Texts = 12_000;

    private static readonly Gen<string> Month = Gen.Elements(
        "Jan", "January", "Feb", "february", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
        "Aug", "August", "Sep", "Sept", "September", "Oct", "Oct.", "October", "Nov", "November", "Dec", "DECEMBER", "Smarch");

    private static readonly Gen<string> Digit = Gen.Frequency(
        (20, Gen.Choose(0, 9).Select(d => ((char)('0' + d)).ToString())),
        (1, Gen.Elements("١", "٤", "۵", "५", "৭", "๓", "５", "𝟗", "²", "½")));

    private static readonly Gen<string> Year = Gen.OneOf(
        Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(Digit, n)).Select(string.Concat),
        Gen.Elements("14", "15", "2014", "2015", "0000", "0099", "0014", "1899", "1900", "9999", "00", "99", "١٤", "٢٠١٥"));

    private static readonly Gen<string> Space = Gen.Frequency(
        (20, Gen.Constant(" ")), (2, Gen.Constant("  ")), (1, Gen.Elements("\t", "\n", "\u00a0", "\u2003", "\u0001", "\u0000", "\u001f", "\u007f", "\u0085", "")));

    private static readonly Gen<string> Purpose = Gen.Elements("Education", "wider application", "review", "Health", "the board", "", "for", "Mar 15", "Oct", "\u0007");

    private static readonly Gen<string> MonthYear = Concat(Month, Space, Year);

    private static readonly Gen<string> Digits2 = Gen.ArrayOf(Digit, 2).Select(string.Concat);

    private static readonly Gen<string> Date = Gen.OneOf(
        Concat(Digits2, Gen.Constant("/"), Digits2, Gen.Constant("/"), Digits2, Digits2),
        Concat(Digits2, Digits2, Gen.Constant("-"), Digits2, Gen.Constant("-"), Digits2));

    private static readonly Gen<string> Milestones = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(
            Concat(MonthYear, Space, Gen.Frequency((4, Gen.Constant("for")), (1, Gen.Elements("For", "FOR", "fro", ""))), Space, Purpose), n))
        .SelectMany(parts => Gen.Frequency((3, Gen.Constant("")), (1, MonthYear.Select(last => " " + last))).Select(tail => string.Join(" ", parts) + tail));

    private static readonly Gen<string> Controlled = Gen.Elements("TBC", "tbc", "TBC -", "TBC: awaiting review", "TBC\u0001", "TBC\u0000reason", "On-going", "Ongoing", "on going", "Ongoing from ", "TBCx");

    private static readonly Gen<string> Noise = Gen.ArrayOf(Gen.Frequency(
            (10, Gen.Choose(32, 126).Select(c => ((char)c).ToString())),
            (2, Gen.Choose(0, 31).Select(c => ((char)c).ToString())),
            (2, Gen.Choose(0x80, 0x2FFF).Select(c => ((char)c).ToString())),
            (1, Gen.Elements("\uD800", "\uDC00", "\uFEFF", "\u200B", "\u202E"))))
        .Select(string.Concat);

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, MonthYear),
        (2, Date),
        (4, Milestones),
        (2, Concat(Controlled, Gen.OneOf(MonthYear, Noise, Gen.Constant("")))),
        (2, Noise),
        (2, Concat(Space, Gen.OneOf(MonthYear, Milestones, Date), Space)));

    private static Gen<string> Concat(params Gen<string>[] parts) =>
        parts.Aggregate(Gen.Constant(string.Empty), (text, part) => text.SelectMany(left => part.Select(right => left + right)));

    [Fact]
    public void Any_text_is_read_consistently_or_refused_with_a_message_and_never_throws()
    {
        var texts = Text.Sample(Texts, new Rnd(20_005UL, 0x9E3779B97F4A7C15UL), 30);
        var failures = new List<string>();
        int accepted = 0, refused = 0;
        foreach (var text in texts)
        {
            try
            {
                if (Timescale.TryParse(text, out var timescale, out var error))
                {
                    accepted++;
                    Check(text, timescale, failures);
                }
                else
                {
                    refused++;
                    if (string.IsNullOrWhiteSpace(error))
                    {
                        failures.Add($"{Show(text)}: refused without a message");
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{Show(text)}: threw {exception.GetType().Name}: {exception.Message}");
            }
        }
        output.WriteLine($"Timescale.TryParse: {texts.Length} texts, {accepted} accepted, {refused} refused, {failures.Count} failures");
        Assert.True(failures.Count == 0, $"{failures.Count} of {texts.Length} texts failed; the first few:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(10))}");
    }

    private static void Check(string text, Timescale timescale, List<string> failures)
    {
        if (timescale.Text != text)
        {
            failures.Add($"{Show(text)}: text not kept verbatim");
        }
        if (text.Any(character => char.IsControl(character) && !char.IsWhiteSpace(character)))
        {
            failures.Add($"{Show(text)}: accepted a control character as {timescale.Kind}");
        }
        if (text.Any(character => char.IsDigit(character) && !char.IsAsciiDigit(character)))
        {
            failures.Add($"{Show(text)}: accepted a non-ASCII digit as {timescale.Kind}");
        }
        if (timescale.Milestones.Select(milestone => milestone.DueDate).Any(date => date.Year < 1900)
            || (timescale.Kind is TimescaleKind.DueDate && System.Text.RegularExpressions.Regex.IsMatch(text, @"[A-Za-z.]\s+(?:0[0-9]{3}|1[0-8][0-9]{2})\b")))
        {
            failures.Add($"{Show(text)}: read a date before 1900 ({timescale.DueDate})");
        }
        var dates = timescale.Milestones.Select(milestone => milestone.DueDate).ToList();
        if (!dates.SequenceEqual(dates.Order()) || timescale.DueDate != (dates.Count == 0 ? null : dates[^1]))
        {
            failures.Add($"{Show(text)}: milestones out of order or due date not the last");
        }
        if (timescale.Milestones.Any(milestone => milestone.Purpose is { } purpose
            && System.Text.RegularExpressions.Regex.IsMatch(purpose, @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:[0-9]{4}|[0-9]{2})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)))
        {
            failures.Add($"{Show(text)}: a trailing month was read as part of a milestone's purpose");
        }
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
