using Safeguarding.Domain.Allegations;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>The LADO's cases page: what was imported, or why not.</summary>
/// <param name="Message">What the last import stored, or <c>null</c>.</param>
/// <param name="FileError">Why no file could be read (none chosen), or <c>null</c>.</param>
/// <param name="Import">An import that stored nothing, with every problem by line and column, or <c>null</c>.</param>
public sealed record LadoCasesPage(string? Message, string? FileError, AllegationImportResult? Import);
