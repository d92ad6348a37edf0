namespace Safeguarding.Widgets.Tests.Support;

/// <summary>A time that stands still until a test moves it.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>The time now, as the test sets it.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
