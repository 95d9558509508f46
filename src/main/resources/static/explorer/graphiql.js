// GraphiQL against this app's endpoint, with the documentation explorer open so the schema is in view.
const fetcher = GraphiQL.createFetcher({ url: new URL('graphql', document.baseURI).href });
const params = new URLSearchParams(location.search);
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
    query: params.get('query') || undefined,
    defaultQuery: '{ search(text: "Kgbenhavn", first: 5) { score matched node { __typename id ... on Organisation { name } } } }\n',
  }),
);
