using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Safeguarding.Hub.Clients;

/// <summary>
/// An API client's key, <c>{id}.{secret}</c>: the id says which client, the secret proves it. The
/// secret is 256 random bits, so a SHA-256 hash of it is safe to keep (nothing shorter to guess),
/// and it is compared in constant time.
/// </summary>
public static class ApiClientKey
{
    /// <summary>The word before the key in the Authorization header: <c>Authorization: ApiClient {id}.{secret}</c>.</summary>
    public const string HeaderScheme = "ApiClient";

    /// <summary>Makes a new id and secret.</summary>
    /// <returns>The id, the secret, and the secret's hash to keep.</returns>
    public static (string Id, string Secret, string SecretHash) Create()
    {
        var id = "c" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, secret, Hash(secret));
    }

    /// <summary>Hashes a secret as the store keeps it.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>Its SHA-256 hash, lower-case hex.</returns>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? throw new ArgumentNullException(nameof(secret)))));

    /// <summary>Tells whether a secret matches a kept hash, in constant time.</summary>
    /// <param name="secret">The secret presented.</param>
    /// <param name="secretHash">The hash kept.</param>
    /// <returns><c>true</c> when they match.</returns>
    public static bool Matches(string secret, string secretHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(secretHash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(secretHash));
    }

    /// <summary>Splits a key into its id and secret.</summary>
    /// <param name="key">The key as sent, <c>{id}.{secret}</c>.</param>
    /// <param name="id">The id.</param>
    /// <param name="secret">The secret.</param>
    /// <returns><c>true</c> when the key has both parts.</returns>
    public static bool TrySplit(string? key, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out string? secret)
    {
        id = null;
        secret = null;
        var dot = key?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (key is null || dot <= 0 || dot == key.Length - 1 || key.Length > 200)
        {
            return false;
        }
        id = key[..dot];
        secret = key[(dot + 1)..];
        return true;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
