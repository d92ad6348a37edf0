using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// Keeps what the sample logs when a request ends in an unhandled exception (ASP.NET Core's
/// exception handler logs it, and the browser gets a 500), so that a test host can fail with the
/// exception itself rather than with the bare status a test sees.
/// </summary>
internal sealed class UnhandledExceptionRecorder : ILoggerProvider
{
    // ExceptionHandlerMiddleware and DeveloperExceptionPageMiddleware log under this prefix.
    private const string DiagnosticsCategory = "Microsoft.AspNetCore.Diagnostics";

    private readonly ConcurrentQueue<string> _recorded = new();

    /// <summary>Gets each unhandled exception logged so far, with the message logged beside it.</summary>
    public IReadOnlyCollection<string> Recorded => _recorded;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(DiagnosticsCategory, StringComparison.Ordinal) ? new Recorder(_recorded) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> recorded) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null)
            {
                recorded.Enqueue($"{formatter(state, exception)}{Environment.NewLine}{exception}");
            }
        }
    }
}
