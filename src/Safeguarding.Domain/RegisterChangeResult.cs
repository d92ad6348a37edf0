namespace Safeguarding.Domain;

/// <summary>What happened to a change asked of a case register, with what was wrong when nothing was stored.</summary>
/// <param name="Status">Stored, or why not.</param>
/// <param name="References">The cases the change was about: those stored, or those already in the register.</param>
/// <param name="Errors">What was wrong, each naming its field (and, for several cases, the case's reference); empty when stored.</param>
public sealed record RegisterChangeResult(RegisterChangeStatus Status, IReadOnlyList<CaseReference> References, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Gets a value indicating whether the change was stored.</summary>
    public bool IsStored => Status == RegisterChangeStatus.Stored;

    internal static RegisterChangeResult Stored(IReadOnlyList<CaseReference> references) => new(RegisterChangeStatus.Stored, references, []);

    internal static RegisterChangeResult Invalid(IReadOnlyList<CaseReference> references, IReadOnlyList<FieldError> errors) => new(RegisterChangeStatus.Invalid, references, errors);

    internal static RegisterChangeResult AlreadyInRegister(IReadOnlyList<CaseReference> held) =>
        new(RegisterChangeStatus.AlreadyInRegister, held, [.. held.Select(reference => new FieldError("Reference", $"{reference} is already in the register; nothing was stored."))]);

    internal static RegisterChangeResult NotFound(CaseReference reference) =>
        new(RegisterChangeStatus.NotFound, [reference], [new FieldError("Reference", $"The register holds no case {reference}; nothing was stored.")]);
}
