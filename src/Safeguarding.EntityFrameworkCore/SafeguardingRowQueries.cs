using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Asks whether a table holds any row, or how many, with one SQL command of its own: what start-up
/// asks before it adds what it adds once (the seed plans, the sample's demonstration plan, cases and
/// users), for a host's other contexts on the same database too (the sample intranet's identity context).
/// </summary>
/// <remarks>
/// <para>A LINQ query, even <c>AnyAsync()</c>, goes through EF Core's query compiler, and the first one
/// in a process compiled (JIT) most of that pipeline's code: on an existing database it was a fifth
/// of the sample's start-up, for questions that nothing else on the way to the sign-in page asks.
/// These commands go through EF Core's command pipeline instead (the context's connection and
/// transaction, its interceptors, logging and execution strategy, parameters typed by the provider),
/// and run on every provider the package supports.</para>
/// <para>Only where the table's rows are the entity's own: an entity type that shares its table with
/// others (a hierarchy, an owned type, table splitting), is not mapped to a table, or has a query
/// filter is asked through LINQ as before, so the answer is always the LINQ query's.</para>
/// </remarks>
public static class SafeguardingRowQueries
{
    /// <summary>Tells whether the entity's table holds any row.</summary>
    /// <typeparam name="TEntity">An entity type of the context's model.</typeparam>
    /// <param name="context">The context whose database is asked.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when there is at least one, the same as <c>context.Set&lt;TEntity&gt;().AnyAsync()</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEntity"/> is not an entity type of the context's model.</exception>
    public static async Task<bool> AnyAsync<TEntity>(DbContext context, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (OwnTable<TEntity>(context) is not { } table)
        {
            return await context.Set<TEntity>().AnyAsync(cancellationToken).ConfigureAwait(false);
        }
        return await ExistsAsync(context, $"SELECT 1 FROM {table.Name}", [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells whether the entity's table holds a row whose text property (a column of the table) equals the value.</summary>
    internal static async Task<bool> AnyWhereAsync<TEntity>(DbContext context, string propertyName, string value, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (OwnTable<TEntity>(context) is not { } table)
        {
            return await context.Set<TEntity>().AnyAsync(row => EF.Property<string>(row, propertyName) == value, cancellationToken).ConfigureAwait(false);
        }
        var property = table.EntityType.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"Expected {typeof(TEntity).Name} to have a property named {propertyName}, but it has none.");
        var column = property.GetColumnName(table.Identifier)
            ?? throw new InvalidOperationException($"Expected {typeof(TEntity).Name}.{propertyName} to be a column of {table.Name}, but it is not.");
        var sql = context.GetService<ISqlGenerationHelper>();
        return await ExistsAsync(context, $"SELECT 1 FROM {table.Name} WHERE {Escape(sql.DelimitIdentifier(column))} = {{0}}", [value], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the rows of the entity's table.</summary>
    internal static async Task<long> CountAsync<TEntity>(DbContext context, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (OwnTable<TEntity>(context) is not { } table)
        {
            return await context.Set<TEntity>().LongCountAsync(cancellationToken).ConfigureAwait(false);
        }
        return Convert.ToInt64(await ScalarAsync(context, $"SELECT COUNT(*) FROM {table.Name}", [], cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<bool> ExistsAsync(DbContext context, string rows, object[] parameters, CancellationToken cancellationToken)
    {
        // CASE rather than SELECT EXISTS (…), which SQL Server does not have.
        var answer = await ScalarAsync(context, $"SELECT CASE WHEN EXISTS ({rows}) THEN 1 ELSE 0 END", parameters, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(answer, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    // As EF Core's ExecuteSqlRaw runs a command: the raw SQL builder turns {0} into the provider's
    // parameter, and the command runs on the context's connection, in its current transaction.
    private static Task<object?> ScalarAsync(DbContext context, string sql, object[] parameters, CancellationToken cancellationToken) =>
        RunAsync(context, sql, parameters, static (command, parameters, token) => command.ExecuteScalarAsync(parameters, token), cancellationToken);

    /// <summary>Reads the first column of every row a plain query gives, as text, the same way (<see cref="SafeguardingMigrationHistory"/> reads the migration history with it).</summary>
    internal static Task<HashSet<string>> FirstColumnAsync(DbContext context, string sql, CancellationToken cancellationToken) =>
        RunAsync(context, sql, [], static async (command, parameters, token) =>
        {
            var reader = await command.ExecuteReaderAsync(parameters, token).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var values = new HashSet<string>(StringComparer.Ordinal);
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    values.Add(reader.DbDataReader.GetString(0));
                }
                return values;
            }
        }, cancellationToken);

    private static Task<T> RunAsync<T>(DbContext context, string sql, object[] parameters,
        Func<IRelationalCommand, RelationalCommandParameterObject, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        var command = context.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var state = (Run: run, Command: command.RelationalCommand, Parameters: new RelationalCommandParameterObject(
            context.GetService<IRelationalConnection>(), command.ParameterValues, null, context, context.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteSqlRaw));
        return context.Database.CreateExecutionStrategy().ExecuteAsync(
            state,
            static (_, state, token) => state.Run(state.Command, state.Parameters, token),
            null,
            cancellationToken);
    }

    /// <summary>The entity's table, delimited for the provider, when its rows are the entity's alone; otherwise <c>null</c>.</summary>
    private static OwnTableName? OwnTable<TEntity>(DbContext context)
    {
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"Expected {typeof(TEntity).Name} to be an entity type of {context.GetType().Name}, but its model has no such type.");
        if (entityType.GetTableName() is not { } name
            || entityType.BaseType is not null
            || entityType.GetDirectlyDerivedTypes().Any()
            || entityType.IsOwned()
            || entityType.GetDeclaredQueryFilters().Count > 0)
        {
            return null;
        }
        var identifier = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        // Another entity type on the same table (table splitting) shares its rows.
        if (context.Model.GetEntityTypes().Any(other => other != entityType && other.GetTableName() == name && other.GetSchema() == identifier.Schema))
        {
            return null;
        }
        var sql = context.GetService<ISqlGenerationHelper>();
        return new OwnTableName(entityType, identifier, Escape(sql.DelimitIdentifier(name, identifier.Schema)));
    }

    // The raw SQL builder formats the text with string.Format: braces in a name are kept as they are.
    internal static string Escape(string identifier) => identifier.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private sealed record OwnTableName(IEntityType EntityType, StoreObjectIdentifier Identifier, string Name);
}
