using NodaTime.Text;
using Safeguarding.Domain;

namespace Safeguarding.BoardPapers.Requests;

/// <summary>
/// What an address asks of a board paper: the paper, the format and the widgets' parameters
/// (<c>asAt</c>, <c>asItStoodOn</c>, <c>exceptionsOnly</c>, <c>agency</c>, <c>action</c>,
/// <c>scorecard</c>), read the same way by every host that serves papers. Read one with
/// <see cref="Read"/>; build the paper with <see cref="BoardPaperBuilder"/>.
/// </summary>
public sealed record PaperRequest
{
    /// <summary>Gets the paper.</summary>
    public required BoardPaperKind Paper { get; init; }

    /// <summary>Gets the format.</summary>
    public required PaperFormat Format { get; init; }

    /// <summary>Gets the date to report as at (<c>asAt</c>), or <c>null</c> for today.</summary>
    public LocalDate? AsAt { get; init; }

    /// <summary>Gets the instant to reproduce the paper as it stood on (<c>asItStoodOn</c>), or <c>null</c> for the data as it stands.</summary>
    public Instant? AsItStoodOn { get; init; }

    /// <summary>Gets a value indicating whether the exception report lists exceptions only (<c>exceptionsOnly</c>, the default) or every action due.</summary>
    public bool ExceptionsOnly { get; init; } = true;

    /// <summary>Gets the lead agency named (<c>agency</c>), or <c>null</c>.</summary>
    public string? Agency { get; init; }

    /// <summary>Gets the action's ref (<c>action</c>), or <c>null</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the scorecard's key (<c>scorecard</c>: its file's name without ".json"), or <c>null</c>.</summary>
    public string? Scorecard { get; init; }

    /// <summary>Gets what cannot be read, each naming its parameter; a request with any is refused whole.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>Reads the parameters of a paper's address.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="format">The format.</param>
    /// <param name="parameter">Gets a parameter's text by its name, or <c>null</c> when the address has none (such as a query string's first value).</param>
    /// <returns>The request, with <see cref="Errors"/> naming each parameter that cannot be read and what was expected.</returns>
    public static PaperRequest Read(BoardPaperKind paper, PaperFormat format, Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var errors = new List<FieldError>();
        string? Text(string name) => parameter(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        return new PaperRequest
        {
            Paper = paper,
            Format = format,
            AsAt = Date(Text("asAt"), "asAt", errors),
            AsItStoodOn = Moment(Text("asItStoodOn"), "asItStoodOn", errors),
            ExceptionsOnly = Boolean(Text("exceptionsOnly"), "exceptionsOnly", true, errors),
            Agency = Text("agency"),
            Action = Text("action"),
            Scorecard = Text("scorecard"),
            Errors = errors,
        };
    }

    /// <summary>What was sent goes back in an error, but no more of it than a person needs to recognise it.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static LocalDate? Date(string? text, string name, List<FieldError> errors)
    {
        if (text is null)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        errors.Add(new FieldError(name, $"Expected a date written yyyy-MM-dd, such as 2014-11-30, but found \"{Shorten(text)}\"."));
        return null;
    }

    private static Instant? Moment(string? text, string name, List<FieldError> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (Safeguarding.Domain.Calendars.IsoInstant.TryParse(text, out var instant))
        {
            return instant;
        }
        errors.Add(new FieldError(name, $"Expected {Safeguarding.Domain.Calendars.IsoInstant.Expected}, but found \"{Shorten(text)}\"."));
        return null;
    }

    private static bool Boolean(string? text, string name, bool fallback, List<FieldError> errors)
    {
        if (text is null)
        {
            return fallback;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        errors.Add(new FieldError(name, $"Expected true or false, but found \"{Shorten(text)}\"."));
        return fallback;
    }
}
