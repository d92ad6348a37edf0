using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Safeguarding.SampleIntranet.Identity;

/// <summary>
/// Reads a sign-in cookie once rather than on every request: the ticket decrypted from a cookie is
/// kept, by the cookie's exact text, for a few minutes, and each request is given a copy of its own.
/// Decrypting and checking a cookie (ASP.NET Core data protection derives a key, decrypts and checks
/// a MAC) was the largest single cost of a page served from the output cache.
/// </summary>
/// <remarks>
/// <para>Only a cookie that decrypted is kept, and only its exact text finds it: a cookie changed
/// in any way is decrypted afresh, and refused if it does not decrypt. The cookie handler still
/// checks the ticket's expiry and the security stamp (<see cref="SecurityStampCheck"/>) on every
/// request. A copy is handed out so that the handler's renewing a ticket's times never changes the
/// kept one.</para>
/// <para>Kept at most <see cref="KeptFor"/>, and at most <see cref="MostKept"/> at once (past that
/// all are let go): a data protection key revoked is honoured within that time.</para>
/// </remarks>
public sealed class SignInTicketCache : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>How long a decrypted cookie is kept.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    /// <summary>How many decrypted cookies are kept at once.</summary>
    public const int MostKept = 10_000;

    private readonly ISecureDataFormat<AuthenticationTicket> _format;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string? Purpose, string Text), (AuthenticationTicket Ticket, DateTimeOffset KeptUntil)> _kept = new();

    /// <summary>Wraps the cookie's own format.</summary>
    /// <param name="format">The format that protects and decrypts the cookie.</param>
    /// <param name="time">The time now.</param>
    public SignInTicketCache(ISecureDataFormat<AuthenticationTicket> format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(time);
        _format = format;
        _time = time;
    }

    /// <summary>How many decrypted cookies are kept now.</summary>
    public int Count => _kept.Count;

    /// <inheritdoc/>
    public string Protect(AuthenticationTicket data) => _format.Protect(data);

    /// <inheritdoc/>
    public string Protect(AuthenticationTicket data, string? purpose) => _format.Protect(data, purpose);

    /// <inheritdoc/>
    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    /// <inheritdoc/>
    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return _format.Unprotect(protectedText, purpose);
        }
        var now = _time.GetUtcNow();
        if (_kept.TryGetValue((purpose, protectedText), out var kept) && kept.KeptUntil > now)
        {
            return kept.Ticket.Clone();
        }
        var ticket = _format.Unprotect(protectedText, purpose);
        if (ticket is null)
        {
            _kept.TryRemove((purpose, protectedText), out _);
            return null;
        }
        if (_kept.Count >= MostKept)
        {
            _kept.Clear();
        }
        _kept[(purpose, protectedText)] = (ticket.Clone(), now + KeptFor);
        return ticket;
    }

    /// <summary>Wraps the Identity sign-in cookie's format, once the cookie handler has made it.</summary>
    internal sealed class Setup(TimeProvider time) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is not SignInTicketCache)
            {
                options.TicketDataFormat = new SignInTicketCache(options.TicketDataFormat, time);
            }
        }
    }
}
