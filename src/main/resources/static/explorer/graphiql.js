// GraphiQL against this app's endpoint, with the documentation explorer open so the schema is in view.
// The schema comes as SDL from /graphql/schema rather than by introspection: the standard introspection
// query nests deeper than the API's query-depth limit allows, and the SDL carries the same descriptions.
const base = document.baseURI;
const params = new URLSearchParams(location.search);
const root = ReactDOM.createRoot(document.getElementById('graphiql'));

fetch(new URL('graphql/schema', base))
  .then(res => { if (!res.ok) throw new Error(`schema: HTTP ${res.status}`); return res.text(); })
  .then(sdl => root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: new URL('graphql', base).href }),
    schema: GraphiQL.GraphQL.buildSchema(sdl),
    defaultEditorToolsVisibility: true,
    visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
    query: params.get('query') || undefined,
    defaultQuery: '{ search(text: "Kgbenhavn", first: 5) { score matched node { __typename id ... on Organisation { name } } } }\n',
  })))
  .catch(e => { document.getElementById('graphiql').textContent = `GraphiQL could not load the schema: ${e.message}`; });
