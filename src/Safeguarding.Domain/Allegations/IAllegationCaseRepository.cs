namespace Safeguarding.Domain.Allegations;

/// <summary>
/// Where the LADO's allegations register is kept. It checks nothing and logs nothing: people read
/// and write the register through <see cref="AllegationRegister"/>, which checks their permission
/// and logs every case they are shown. The Entity Framework Core package keeps it in a database;
/// <see cref="InMemoryAllegationCaseRepository"/> keeps it in memory.
/// </summary>
public interface IAllegationCaseRepository
{
    /// <summary>Lists the cases, by referral date and then reference.</summary>
    /// <param name="referredIn">Only the cases referred in these dates, or <c>null</c> for every case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cases.</returns>
    Task<IReadOnlyList<AllegationCase>> ListAsync(DateInterval? referredIn = null, CancellationToken cancellationToken = default);

    /// <summary>Gets whether the register holds no case, without reading the cases.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the register holds no case.</returns>
    /// <remarks>A store that does not answer this more cheaply lists the cases (<see cref="ListAsync"/>).</remarks>
    async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Count == 0;

    /// <summary>Gets one case.</summary>
    /// <param name="reference">Its reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The case, or <c>null</c> when the register holds none with that reference.</returns>
    Task<AllegationCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default);

    /// <summary>Adds cases, all or none: when any of their references is already in the register, nothing is added.</summary>
    /// <param name="cases">The cases, each with a reference of its own.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The references already in the register (nothing was added), or empty when every case was added.</returns>
    /// <exception cref="ArgumentException">Two of <paramref name="cases"/> share a reference; nothing was added.</exception>
    Task<IReadOnlyList<CaseReference>> AddAsync(IReadOnlyList<AllegationCase> cases, CancellationToken cancellationToken = default);

    /// <summary>Replaces a case with a changed one of the same reference, such as when it is closed.</summary>
    /// <param name="changed">The case as it now stands.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c>, or <c>false</c> when the register holds no case with that reference.</returns>
    Task<bool> ReplaceAsync(AllegationCase changed, CancellationToken cancellationToken = default);
}
