using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.SampleIntranet.Identity;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The sample's sign-in cookie is decrypted once and its ticket kept: each request still gets a
/// ticket of its own, a changed cookie is decrypted afresh (and refused when it does not decrypt),
/// and a kept ticket expires.
/// </summary>
public class SignInTicketCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_sign_in_cookies_format_is_kept_and_a_signed_in_page_works_through_it()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        var format = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;

        using var first = await client.GetAsync(new Uri("/our-actions", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/our-actions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(Assert.IsType<SignInTicketCache>(format).Count >= 1);
    }

    [Fact]
    public void Each_read_gets_a_ticket_of_its_own_so_renewing_one_changes_no_other()
    {
        var format = new SignInTicketCache(new PlainFormat(), new FixedTime(Now));
        var cookie = format.Protect(Ticket(expires: Now.AddHours(8)));

        var first = format.Unprotect(cookie)!;
        first.Properties.ExpiresUtc = Now.AddDays(30);
        first.Principal.Identities.First().AddClaim(new Claim(ClaimTypes.Role, "BusinessUnit"));
        var second = format.Unprotect(cookie)!;

        Assert.NotSame(first, second);
        Assert.Equal(Now.AddHours(8), second.Properties.ExpiresUtc);
        Assert.False(second.Principal.IsInRole("BusinessUnit"));
        Assert.Equal(1, format.Count);
    }

    [Fact]
    public void A_cookie_that_does_not_decrypt_is_refused_every_time_and_never_kept()
    {
        var inner = new PlainFormat();
        var format = new SignInTicketCache(inner, new FixedTime(Now));
        var cookie = format.Protect(Ticket(expires: Now.AddHours(8)));

        Assert.Null(format.Unprotect(cookie + "tampered"));
        Assert.Null(format.Unprotect(cookie + "tampered"));
        Assert.Equal(0, format.Count);
        Assert.Equal(2, inner.Reads);
    }

    [Fact]
    public void A_kept_ticket_is_decrypted_afresh_once_its_time_is_up()
    {
        var inner = new PlainFormat();
        var time = new FixedTime(Now);
        var format = new SignInTicketCache(inner, time);
        var cookie = format.Protect(Ticket(expires: Now.AddHours(8)));

        format.Unprotect(cookie);
        format.Unprotect(cookie);
        Assert.Equal(1, inner.Reads);
        time.Now = Now + SignInTicketCache.KeptFor + TimeSpan.FromSeconds(1);
        format.Unprotect(cookie);

        Assert.Equal(2, inner.Reads);
    }

    private static AuthenticationTicket Ticket(DateTimeOffset expires) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "Carys Lloyd"), new Claim(ClaimTypes.Role, "AgencyLead")], "Identity.Application")),
            new AuthenticationProperties { ExpiresUtc = expires }, IdentityConstants.ApplicationScheme);

    /// <summary>Keeps tickets by a number in place of encryption, and counts its reads.</summary>
    private sealed class PlainFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly List<AuthenticationTicket> _tickets = [];

        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => Protect(data, null);

        public string Protect(AuthenticationTicket data, string? purpose)
        {
            _tickets.Add(data.Clone());
            return $"ticket-{_tickets.Count - 1}";
        }

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText is { } text && text.StartsWith("ticket-", StringComparison.Ordinal) && int.TryParse(text["ticket-".Length..], out var index) && index < _tickets.Count
                ? _tickets[index].Clone()
                : null;
        }
    }
}
