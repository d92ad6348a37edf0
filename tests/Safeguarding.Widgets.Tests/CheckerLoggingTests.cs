using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// Facts about a child or an allegation, posted to the sample intranet's checkers, appear in no log
/// message at any level, and the address the browser ends on carries none of them (issue 11).
/// </summary>
public class CheckerLoggingTests(CheckerLoggingTests.LoggedSampleIntranet factory) : IClassFixture<CheckerLoggingTests.LoggedSampleIntranet>
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("/guides/private-fostering", "sg-check=private-fostering&age=13&carer=GreatUncleOrGreatAunt&setting=CarersHome&daysSoFar=4711&intendedDays=4712", "This is private fostering.", new[] { "GreatUncleOrGreatAunt", "4711", "4712" })]
    [InlineData("/guides/lado", "sg-check=harm-test&allegationDate=2023-07-19&limb=3", "This meets the harm test.", new[] { "2023-07-19", "limb=3" })]
    public async Task Posted_facts_are_answered_and_never_logged(string path, string fields, string conclusion, string[] secrets)
    {
        factory.Messages.Clear();
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = Parser.ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        var token = form.QuerySelector("form.sg-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var pairs = fields.Split('&').Select(pair => pair.Split('=', 2)).Select(parts => KeyValuePair.Create(parts[0], parts[1])).Append(KeyValuePair.Create("__RequestVerificationToken", token));

        using var content = new FormUrlEncodedContent(pairs);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conclusion, Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".sg-result h3")!.TextContent.Trim());
        Assert.NotEmpty(factory.Messages);
        Assert.Contains(factory.Messages, message => message.Contains(path, StringComparison.Ordinal));
        Assert.All(secrets, secret => Assert.DoesNotContain(factory.Messages, message => message.Contains(secret, StringComparison.Ordinal)));
    }

    /// <summary>The sample intranet with every log message, at every level and category, kept in memory.</summary>
    public sealed class LoggedSampleIntranet : SampleIntranetFactory
    {
        internal ConcurrentQueue<string> Messages { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging
                .AddProvider(new QueueLoggerProvider(Messages))
                .AddFilter<QueueLoggerProvider>(null, LogLevel.Trace));
        }
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, messages);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            messages.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
            messages.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
