namespace Safeguarding.SampleIntranet.Models;

/// <summary>The sign-in form: what was typed, where to go next, and what was wrong.</summary>
public sealed class SignInForm
{
    /// <summary>Gets or sets the email address typed; kept when the form is shown again.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the password typed; never shown again.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the local address to return to after signing in.</summary>
    public string? ReturnUrl { get; set; }

    /// <summary>Gets the errors, by field id ("email", "password"), in the order the fields appear.</summary>
    public IList<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>Gets or sets a value indicating whether the user has just signed out.</summary>
    public bool SignedOut { get; set; }

    /// <summary>Gets the error for a field, or <c>null</c>.</summary>
    /// <param name="field">The field's id.</param>
    /// <returns>The message, or <c>null</c>.</returns>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Key == field).Value;
}

/// <summary>The access-denied page: who is signed in and, in words, what they cannot do.</summary>
/// <param name="SignedIn">Whether anyone is signed in.</param>
/// <param name="DisplayName">The name of the person signed in, or <c>null</c> when they have no board role.</param>
/// <param name="Role">Their role in words, or <c>null</c> when they have none.</param>
/// <param name="CannotDo">What they cannot do, in words, such as "read the board's business plan, ratings and reports".</param>
public sealed record AccessDeniedPage(bool SignedIn, string? DisplayName, string? Role, string CannotDo);
