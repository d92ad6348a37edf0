using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>Counts the commands a context sends to the database, and keeps their text.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    internal int Count { get; set; }

    /// <summary>Gets the text of every command sent, in order (not reset with <see cref="Count"/>).</summary>
    internal List<string> Texts { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        Texts.Add(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count++;
        Texts.Add(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count++;
        Texts.Add(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
