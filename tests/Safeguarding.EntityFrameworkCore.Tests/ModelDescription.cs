using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// A model item by item, to compare a compiled model with the model the code builds: a compiled model
/// keeps no relational model to diff (EF Core asks for the design-time model for that). Linked into
/// the widget tests for the sample's identity context.
/// </summary>
internal static class ModelDescription
{
    /// <summary>Describes every entity type: its table, properties (type, nullability, length, converter, store type, concurrency, value generation, column), keys, indexes, foreign keys and navigations.</summary>
    internal static List<string> Of(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(entity => entity.Name, StringComparer.Ordinal).SelectMany(entity => (IEnumerable<string>)
        [
            $"{entity.Name} table {entity.GetTableName()}",
            .. entity.GetProperties().Select(property =>
                $"{entity.Name}.{property.Name} {property.ClrType.Name} nullable={property.IsNullable} max={property.GetMaxLength()} " +
                $"converter={property.GetValueConverter()?.GetType().Name} provider={property.GetValueConverter()?.ProviderClrType.Name} " +
                $"store={property.GetRelationalTypeMapping().StoreType} concurrency={property.IsConcurrencyToken} generated={property.ValueGenerated} " +
                $"column={property.GetColumnName()}"),
            .. entity.GetKeys().Select(key => $"{entity.Name} key ({string.Join(", ", key.Properties.Select(property => property.Name))}) primary={key.IsPrimaryKey()}"),
            .. entity.GetIndexes().Select(index => $"{entity.Name} index ({string.Join(", ", index.Properties.Select(property => property.Name))}) unique={index.IsUnique}"),
            .. entity.GetForeignKeys().Select(key =>
                $"{entity.Name} foreign key ({string.Join(", ", key.Properties.Select(property => property.Name))}) to {key.PrincipalEntityType.Name} delete={key.DeleteBehavior} required={key.IsRequired}"),
            .. entity.GetNavigations().Select(navigation => $"{entity.Name} navigation {navigation.Name} to {navigation.TargetEntityType.Name} collection={navigation.IsCollection}"),
        ]),
    ];
}
