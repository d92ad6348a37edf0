using Safeguarding.Widgets.Caching;

namespace Microsoft.AspNetCore.OutputCaching;

/// <summary>Adds the widgets' page cache policy to ASP.NET Core output caching.</summary>
public static class SafeguardingPageCacheOptionsExtensions
{
    /// <summary>
    /// Adds <see cref="SafeguardingPageCachePolicy"/> under <see cref="SafeguardingPageCachePolicy.PolicyName"/>,
    /// and its form-keeping variant under <see cref="SafeguardingPageCachePolicy.PagesWithFormsPolicyName"/>:
    /// <c>builder.Services.AddOutputCache(options =&gt; options.AddSafeguardingPagePolicy());</c>, then
    /// <c>app.UseOutputCache()</c> after <c>app.UseAuthorization()</c>, and
    /// <c>[OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]</c> on each page to keep
    /// (<c>PagesWithFormsPolicyName</c> on a page with a form that posts).
    /// </summary>
    /// <param name="options">The output cache options.</param>
    /// <param name="expiration">How long a page unasked for is kept at most; 10 minutes when not given.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <c>null</c>.</exception>
    public static OutputCacheOptions AddSafeguardingPagePolicy(this OutputCacheOptions options, TimeSpan? expiration = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SafeguardingPageCachePolicy.PolicyName, new SafeguardingPageCachePolicy(expiration ?? TimeSpan.FromMinutes(10)));
        options.AddPolicy(SafeguardingPageCachePolicy.PagesWithFormsPolicyName, new SafeguardingPageCachePolicy(expiration ?? TimeSpan.FromMinutes(10), keepsForms: true));
        return options;
    }
}
