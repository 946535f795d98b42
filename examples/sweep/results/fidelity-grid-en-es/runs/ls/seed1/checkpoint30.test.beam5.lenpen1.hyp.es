Si el botones ago no debería ser un pregado
Innarpes de archivos-ros
no se pudo crear archivo '%s'
La dominio para dominio en o dominio NULLLLL o dominio
%s no pueden aplicar a una función
se descarta
problema «%s» a '%s': %s
-n, --quietiosilentes, --prepresillas de los espacios de caracteres
no se puede usar un subtííía de estadísticas
Disterasamebles «res»
El archivo ha sido cambiado cambiado
(unaduitajo)
Excioniones de eventos
fichero inesperado `%c' en el tipo precicación predicación
Error al través del fichero de fichero: %s
plantilla de plan plano
validación de firmas de datos PAAKA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear fichero %s regular %s
ARCH datos de ARCH
Error al iniciar el parámetro %s de tipo «%s»: %s
pushspecspecspec para '%s' no «s»
Mon-hermershers
la base de datos %s
No se puede invocar Dario
la base de binario no válida
Por favor por selecciona iminiensiza de claves:
--cororcar un nombre de rama
Establecendo el contador mientras se utilizando el nuevo clúster
CRSRRIO, República de la llamadas
Indica si se deben utilizar la líneas de word, word otratratratra si si si si se mueseses de caracteres o se mues de caracteres o de caracteres o se mechares de caracteres otrasechchasecha de caracteres o de caracteres o se mueseses de caracteres otratratratratratratrasecha de caracteres o se mecha de líneasecha de la líneas
Cahorguclas para la claves fashhhabifastes)
La secuencia de su lugar del servidor Xlla el servidor
Cdrom con Ubuntu 9.10 «Karicamalalalalala 10
Tawiano
la opción -s opciones -CA|||-curlnleleles ntación de ejecución de nta
Mo renombrar un archivo renombrado, o un directorio
Nexiséndo la dirección del psalalal
Pamama Zamano Z)
El número de carpetas está activadas de la pantalla.
Veweras
Tipo de calida por formato de con -mins, fa las -d multiportalalal, -a un nombre de cortalalalals, -a -a un nombre de instrucciones
el archivo abilio, pero instalados en este repositorio no está instalados de los datos
Cololís y pidginsebasonlticos
línea de línea no válida de línea %s
no se admite ningún URL de todos todos los URLs de URLs
Inime a Lizo:
Aplicación de origen en la salida INCODGIN
Sección [%2d] '%s': grupo de dispersión para loía %zu
no se permite un carácter de caracteres 'acas' en el carácter
destino
Afnalias Xalias
core y bits de longituds en 32 bits deben los 32 bits.
sparse: fildos se ha sido op debe ser opededada
Se ha cambiado un árbol de trabajo.
Francés (Suitado, sin teclas muertas)
local
Sección [%2d] '%s': ALGBOL_BALF, pero sección de sección
operandos de tipos no puede ser inferidos
inicia_pep: pg_tiproso pg_dondee
no se pudo encontrar el primero de primer registro GST
Operación: --ac=HSHHHH sin con concamas
leer ruta especificaciones de archivo
no se puede iniciar la inicio %s
No se ha debe ser «ar» tiene una fecha de marcas en el URImkerto «%s»
Modo de empleo: %s [opd) [rd(rs)]
la opción '-%c' requiere un entero positivo
No se reconoce INPUT_SECCIÓN %s
No permitir los contenidos de una definición de los nombres del ficheros en -vos o -vos en -vos
la opción --no-conflict-dos requieren-serr opciones --sososos
clave %s: la clave «%s» firmado %s
el índice de versión %d
Se especificó un protocolo
Francés (al)
Runasecar los ventanas de un ventana
-a, --all todas las base de datos
<tención de tablas: %ld
El valor de iminado para el punto. Coras de sistema.
'%s' existentes'; no se puede crear crear crea '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezado de encabezado:
--no-modific-modificase.
Sintés en el elemento de polollelesal
no se pudo actualizar la HEAD o HEAD «%s».
-maser=> Establece el tipo 8 para C84333: tipos de hor13333333333333333333333333333333333330000000000000000000000000000000000, 88888888, 8433333333333333
<lal>
Se esperaba un argumento de argumento
Tipo de %s no implementar_rese en el Gconforas
falló al analizar %s
Maxvo
la instrucción no admite el modo dirección de destino
abortando la transacción aborto
kipipizados: %lu
no admite la check '%s'
El número de hilo al proceso hijo a un hijo
la ubicación de WAL (ización de WAL (LSN) %XX
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP es inválida
Cdrom con Ubuntu «8».10 «W»
Mando %s
descimimimina menor que cero
El inmediato está fuera del límite de límite para 555
-f/--axilias no puede ser revisado con -d
Mabtos deplicación del archivo
%s requiere un valor numérico numérico
Lista de opciones XKB
multiple escribir el mismo de registros
%B: número de reubicación DMIX no válida: %d
Cajuk de la capetas
-X, --exclude-format=ororor defecto de las listas de listas de parámetros
tipo: %s
des localí el %s a %s
la clave %s de clave %s no utiliza un hash (%s)
abortó una asignado de lectura
la instrucción requiere el índice
debe ser ejecutar en un recheck-checkoutoutout apaparitamente a través de titos
no se pudorr la tablespaces para el tablespace %u
--stac-size <size> Establece el tamaño de pila
el índice se deben usar el índice que no deben usar el índice
atención: %s contiene un puntero
«Cpuesta OCSP» a '%s'
el campo /zado fuera del límite fuera del rango: «%s»
define un nuevo nuevo nuevo operador de la familia
no se admite la sección de secciones en %s: %s
Intenea las páginas s_warneacrrrón).
Error altern: error de errores: securoro de error «%s».
Datizado abortado.
Bendersos
Aprocesador de documentosos
[ sección de grupo de sección [%u]
refshor_opciones>]
%s: falta un registro de devisiones: %d devis
Veración: %s
Vilas de nombres
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo de datos %s
El Path no debe contiene un tener entre s/las/min/s/s/s/s/sh)
Error de tarización SD
-, --help[[[[no] muestra este resultado
Verntica de Ajusto
Símbolos usa una instrucción para una instrucción
no se puede borrar el dispositivo «%s»
la función «%s» debe ser INSERT para INSERT INSERT
Capariendo instrucciones o instruca
no se pudo analizar la lista RDAUs secreto «%s»
valor inválido para la opción '%s': '%s':
Colcnará cabeceras de predeterminadosonl por por eventos
La página huseplas en este poforformor
Mantr un TRCPCTY
No se encontró ningún símbolo de las simbólicos en la sección
Define el número máximo de los números de autoridades de los procesos de trabajo.
Modo de empleo: %s [OPCIÓN]... [NCROER]...] o bien: %s...
deserr_limitar
el archivo «%s» contiene una cadena no contiene un no termina en %s
el cliente no válida SSLASSan es un mano
carácter inválido
Establece Establecer PRGO como de un enlace a enlace a enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: código de directorio desconocida
(fixfixfixación de conflicto "git reva "git)
redo no es redo
archivado CPRcomprimido (comprimidos)
la función de agregación no pueden usar un argumento de argumento %d
%s de necesita un parámetro
No se puede utilizar una sección .bmendicación; extibbidoido
Dirección de la tabla:
Urdur (P, kandan NLLL)
El cambios acar el repositorio
<undedendado>
--entry <entry esclalana de caracteres de DLLL
cambia la definición de un texto de búsqueda en texto
no se puede rezar al iniciar %.250s por omisión
error de sintaxis de sintaxis no válida `%s'
Aplicación cambios dentrodibido por commit existe
Los valores son permitido entre «%s».
no se encontró ningún entradas
Tamaño de objetos
Mensa un nivel de nivel 5s
ATENCIÓN: claves no está firmado con una clave de confianza con una clave!
Los tamaños de pg_data y el tamaño máximos no son válidos o no son válidos o no son válidos
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono se esperaba un elemento
LDAPC «%s» no existe
no se puede cambiar el tipo de caracteres de datos del valor por omisión
Techo de asignar de '%s'
El primer primero de la ruta del primerió la ruta estilido
Define los segmentos de desplazamiento y segmentos y segmentos de sólo lectura
relación «%s» ya existe en la existe en elter «%s»
Las opciones -l son -d dadad páginas del fichero. El nombre de subtienye en .lítiqued de subtiquequed del fichero.
no se permiten la función de funciones-nnninging por por travéss en las
Krurés (Siaia, Fia)
«oror» activada
Establecer el tamaño hash de la tabla de NMBUBER>
Sise al quiereioios de WAL o el directorio «%s».
|cho-logus delog-recult
( fuentenle: %u)
ATENCIÓN: permiso desezar el directorio de entrada en el fichero de entrada '%s'
Eliminicitados sin paquetes
-m[no-]%s7-7E 7/ablesisablesiste %s
Cahat
Actualizar la fecha de acceso y la modificación de FICHERO
camplarlogo tiene un mensaje para perousionales C#a el formato .8
Laio
%s: No se pudo leer el archivo de entrada
contador no puede ser null null en FETTERSCTER ...
\pset: la columnas de líneas de la líneas de la columnas, s
No se ha comendados para este elemento.
-d, --dbname=NOMBRE nombre de la base de datos «%s» a «%s»)
no se esperaba al menon al menos una contexto de contexto
%B: preclala de reubicación %s
un dirección de destino
El firma es un servidor YG.
el ordenamiento «%s» no existe para «%s»
Mistes compararando comacueseseseseseses.
%s LiBuestra el memoria es %s.
|VUUU|use la clave de clave para un policos
cancelar por usuarios
Ko Kusos
el índice es demasiado para word
República Numum
Excioniendo caracteres de caracteres de argumento
el valor simbólicos con el nombre simbólicos que no debe ser un `pististe
-P de contraseñas de la contraseña de registros del servidor
Alemán (Bez, el entero personal)
se requiere el registro de registro ZZ
.endient sin un precentido
Runito en un directorio pg_pg_backup a los directorio.
Varararar: valor de archivos o bien: %#x
%s explícititas de nombres son muentes
spizando filas en esta instrucción
símbolo%d
-32 el fichero de creado -3 -64 no se creado
OPR_inlogo (iscicoluy o biens)
el modo de (%s) no coincide con el modo de %s)
en nombre deso, nombre: %.*s
[ARGS...]
no hay sección .ncnar en el segmento dinámica
Necesita autenticarse para muestra los parámetros
Necesita autenticarse para el sistema.
la especificación de la de ! '%s'
apendior <sea> en el árbol de trabajo «res» (por defecto): «reend
ONONFI ONFIC ONF no puede usar la tabla que pueden usar contención o bien UPDATE o UPDATE o UPDATE
[A] pila]
no cifrador para el argumento para el cursor «%s»
Despuesta de símbolo %s en %s
la columna «%s» de las», valores por omisión
proceded_de_name
%X%P: falló_hash_hash_lololo: %E
INPTFILE archivos de entrada ...
no pueden usar los grupos de grupos en ns
%B: utilizar tabla diferente diferente local_#_#Lx)
debe especificar que la ruta(s) rec) rees rees)
%X%P: la sección de la sección %s y %A no está y %A
(iniza clave de ID %s)
Dección fue esperaba en la crupupupto.
--%s toma ningún argumento para el argumento de argumento y argumentos)
Este orden no está permitido el modo de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar concordancias en encuen
conectar a la base de datos «%s»
-h, --hant muestra la salida en salida
ignorar mensajes sin mensajes con mensajes
No se encontró una instrucción
Runas en modo no ser modo sizada.
las opciones SP: --apuamitashashas
Merso de la definición
.GO_AL que contiene un objetivo de destino
Miana
Francés (Deva)
establecapepes no pueden usar un valor de «o para el valor cuando no puede usar un valores de codificación cuando no puede usar espacio.
%s: reubicación gmona.
iniciando el inicio de inicio en %X/%X (lo %s)
No se encontró ningún encabezado XM
se esperaba un registro 64-DMDMD de registro de coma flotante o recisión doble
Tipo de «AAdimdihneydiza de fichero BSASAS
codificación de datos desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDDDD
Este ¡utilidad sólo puede leer la versión del rama de versión y %s.
Qualidad:
no se pudo generar un código de código operacional para el raminezar
free: el tamaño de inicio de inicio:
Establecer lapresión
Tipo de reubicación %s
Opciones de argumento no válida
No se pudo leer el socket socket conse %s: %s
setsos (concreate)
SHO_W_LLT_RESRETENSUL) en lugar de la consulta de tabla («S)
Este etiqueta ores seguiza o biens «ss», «S».
no se puede usar un instrucciones con esta instrucción
las alternativa %s no puede ser materflas: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en parallel.
set setcera al track para revisar
Devueltoto de paquete para el repositorio optizada para tizadaada.
Resulando longitud GIF tiene un tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
«%s» no existe
-CCCCRE5 ensambla código para el objetivo SRE5
%B: no codificar el tamaño de memoria compartida para %#Lx de %#Lx de %#Lx de %#Lx
Falló la generación de la generación de %s: %s
se encontrar firmas de firmas
Necesita autenticarse para quinica locales y fuera locales.
Tipo de tíce de YML
Línando fichero '%s'.
Por favor en el número de componente en la componente des:
Sinando tiene una restricción.
República de Guación
Nuewano «unguna» (7)
definición de mensaje duplicado
Brien paquetes
STC_NOPS (almacena cons N NOLPRR)
Replicación /endando /endrien
Muntizado como téntables
no se puede tener más más más de columna %s en la columna %d
formato inválido
el directorio de entrada tiene permisos de %us (307/o> y 57)
El número máximo para el número devolvient_tornotient_rese()
%s Exión:
ignorando ref refs que <papapa>
rinidad y rinito
rango
3 fuera de límite fuera de límite
-f, --fisfi=almacenas -SL -S, muestra las opciones de líneas de líneas de líneas de líneas de líneas
no se puedever las corrpe
Odusezados:
Guíbles de kl
imite
stat procicado procedicado (res)
la definición de una lista de columnas no es un nombre de la función como de tipo compada
analizar archivo de destino en %s para %s
valor de clavesación de la clave «%s»
Activar lugar
Opciones y la salida de salida:
tables
Resererver para usars (pendiend)
tiene reubicación %zu equivocado
(splitsplitnexente. EPorregententente entre 0 y '%s'
resppononononononononononon no válidos)
buso: expapagulas de token
debe ser el propietario de búsqueda del texto %s
%s no está soportado en modo 6PS
Error de longitud de la cadena inválido.
Abriga de Abudas y B
sólo se puede utilizado para el elemento «%s»
-n, --num-neportico PID PID, -N, --s -No PID, --Nos
imagen del Íns de ME
no se pudo encontrar el ID de archivo %dticos en el archivo debido no pueden ser menor el fichero des des des des desos debos des des debos des desos des des des des des desososos des desosos des des des des desosibletizar el archivos des des des desoso %duyyyyyyyyos deso contentene el archivoso des des dentro des des des des des des desibleibleibleibleibleable-conconconconcono no pudo valor valores debidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoido
documento de Pocción de WWdorta
Ser el fichero muelink: %s
No se pudo utilizar el fichero de configuración %s
se recibió el archivo de datos «%s», cuando se «%s» para el archivo «%s»
no se pudo abrir archivo «%s»: %s
%s falló al código de error: %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Susolas Rnia
pack de paquetes
través) tras páginas de tras páginas
No hay candidatas para jera un msonguales que no hay refs que fetch.
se recibió un datos externos los datos GSSAPSASIPS
tiempo
No hay actualizado que no existe el submódulo %s cambiado porque la configuración de actualizar porque las.
Realalalal
Cando copia de errores de trabajo '%s', Blololololos en BF
«%s» no puede ser menor el registro «%s»
No se encontró ningún elemento
No se puede verifr/padar las ficheros de archivador
-E, --enen=coCADENCO codificación para la base de datos
Sección [%2d] '%s': no se puede obtener la sección de contenido de sección
\ch [-ove] [-ne la cadena de la salida estándar [no-nuna)
Necesita autenticarse para cambiar el lugar de carga a térágo.
el array mod debe ser un array de unidimensional
No se exalalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apaparadar por la cadenas. Estados se deben ser a una cadenas.
Si debe ser una función de un símbolo otra de símbolo.
Ubuntu 0P.044 «relistrelistin»
Tajo de protocolo del protocolo de protocolo no válida.
Indica si se deben especificarse deben deben los widget
Cla de CoraG
Echo en 4
.COMMononona (%lu) está fuera de rango
CTL_LT_DDL (L)
No se admite la ruta de socketción de dominio «%s» (de %d)
%s tiene la función de columna %d están disponibles
Mostrar el carpeta segóndo los botones de los botones de bbido
Si es custa el nombre de claves de claves se si si si si si se si si si si se si serán los nombres.
Opciones de hijos
Runimilar:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
se ha denegado el permiso para crear la tablespace «%s»
no es posible encontrar archivos de commit-graphgraphs archivos
Error al cargar la icono: %s
FORECE de array
--ololciora de replicación no puede utilizando
Camplaza de recorrido de índice de bloqueo
El búfer de salida (predeterminado).
Xigna
Ausente o sando un atributo mal mal mal mal malnte
el fichero '%.250s' está corrupto %d) -d pred)
Diiizo
Tosonmonsonsos
añadir los tamaños de direccións de tamaños de tamaños
Aplicando: %.*s
Los valores pg_controls:
*** *** *** ***
el destino no soporta la opción de «push»
Celístico
shell
terminación de entradas cons NUL
falló al cerrar el directorio de trabajo actual %s
En la instrucción número %u, puede un nombre de campo '%c' no se pueden un nombre.
Caráfasitados
--no- replicación no puede especificar en un grupo de replicación
el hijo ya un error al proceso hijo %u
ubicación
No se pudo cambiar el nombre que gue un directorio.
emplea -mcpu=arm62
error al leer la caché de archivo '%s' para lectura: %s
husolaza de desplazamiento fuera de rango
pread_juy_uncción plolos: %s
-F, --format=MCATER los formatos de configuración (por defecto; `s' (por defecto)
Dabase: %s
fichero regular
Alemán (aducra un gradu)
no se reconoce la tabla de retornizar la tabla %d: %d
Pontetest
Oimano
Una <%s> ya existe existe
%s 00fus (regu páginas de índice.
Bepó un primer primero es una clave
Modo de empleo: %s......
Mostrar los símbolos de sólo está definidos definidos
sipizar todos eliminadas y todas coma un carácter de caracteres
No se puede hacer stat stat al símbolo: %s
\guizado por un número de ordenamiento o una potencia, otras
imprimar un NOMBRE para un ficheros de NOMBRE
emplea código de 26 26 2
Replicación /plicalica
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear lasonononononona «%s»
nombre
mostrar ruta con la rutas cambios
no se reconoce los parámetros son: «%s»
%P: SOSO NOMBRE no debe ser vacío; se vacío
el cursor «%s» no soporta una tabla FORAS REASASAN FORA a la tabla «%s»
Idintas (se teclas muertas)
no se pudo eliminar ningún fusión 'git '%s'
%s dumps de datos a un archivo de texto o un archivo.
Vienwe la solo
ONONFIL en una tabla «%s» no está soportado en una tabla «%s»
%s: Las requieren Linux SEn activado
%B: número de reubicación MSP40: %d
biblioteca de datos de datos
%s: no se pudo definir las aplicaciones de ejecutables
No hay sección recezar la sección de la sección.
NT_VVGSMT_AAMA ( () tabla de nombre)
falta un .end para .func
no hay mapea de mapepamente a la terminal a %s [%s]
TYPE
No hay expresión regular
protocolo
Arpapapapagado
None
ONONNTT sólo puede usarse sólo pueden usar tablas foráneas
no se puede abrir un directorio en %s
Sabujo
%s: falló falló
Color de primero como posible posiblesible para un GdkColor) GdkColor GdkColor
protecedido los parámetros TU no se pueden aparecer un valor de predeterminado
eval: ignorado máxima de nivel eñales funcionalalal (%d)
Tabbujo
[interterterterteriza de la interterizada
Necesita autenticarse para todas local.
no se puede copiar los datos de datos para el directorio de datos `%.255s': %s
No se pudo cargar el archivo de cargar el archivo «%s», no cabrá «n»
«%s» prede en %sendor %s
se esperaba un nombre después de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar un índice de índice «%s» como tientidadidades
%d-graphgraph-graphgraphgraph
exce durante la información dentro de «cleanup»
Los archivos no está soportado para dimias, %s.
la secuencia «%s» sólo es usar una columnas de columnas
--resenena el fichero simbólicos encentes de cada fichero cada fichero (picos)
sennntado
%B(%A): potencia de tabla no válido
Este algoritmo al algoritmo de mninging sin planoshashas.
reserove («cancandano o el tipo)
Aplicación de escritorio
Las columnas devolvición demasiados columnas.
-q, --quietquiet muestra quietquiet
Mó tipo de tipo
falta el archivo de CT_ck para el fichero de configuración
la base de datos es una conexión de datos a un origen
nombre de macro no válido en ruta de bibliotecas: %s
Su contraseña: %s.
no se permite una lista de registros
%s: aviso: falló al obtener contexto de seguridad de %s
Para un conjunto de la cadena de como
%s: ABI dentro de enlaces %s: %s
Indica si se deben usar contenidos de texto existentes
No se admite ningún cha de 5s para no está soportado
%d está fuera del rango para el parámetro «%s».
número de campos incorrecta en la línea de líneas
Exporta dentro de tablas SBOLML
no se pudo escribir al programa: %m
Indica si se deben agósegósegense los tamaños pos
Su cambiar los archivos locales a las siguientes siguientes siguientes siguientes siguientesión del commit, serán commit n ser ser menos de commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un establecer el usuario des des des de todas de tablespaces de tablespaces.
nangando permiso permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir zar la cabeceras: %s
No hay símbolos de símbolos: «%s»'.
opción de manificación inválido: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» en el archivo «%s» y el rango «%s» está fuera dentro dentro dentro del fichero.
Invalida el nombre «%s»: el carácter «%s» no se puede ser un ««««s» (p»)
-p, --port=ORO la base de datos de datos (port): «%s»
-- ejecución --tatack requiere exec para este objeto para este objeto
no se pudo encontrar la variables de variables «%s»
fetch de CRL de CRL: '%s'
Verificando los usuarios de usuarios definidos definidos definidos por usuarios
`Efls' no válida
Sección [%2d] '%s': referencia de sección no está permitido en tabla de símbolos
el array de versión: %u
%s: Direcda: el nuevo diccionario está nuevas
«0» debe ser un «PR» de «PR»
sección: 0x%08x%08x%08x%08x%08x: 0x
debe ser perosos
no se pudo imendimendimend
No se puede ser un servidor de servidor de servidor para este servidor
%B(%A+%#Lx): error sin un error de lectura: %s
Indica si la elemento deben recibición extrase el grupo cuando gros
Proténetada las: %s
guale: '%s'
La expresión de Instrucción %s requieren
Depario desconocida
no se reconoce un valor modal de agregación para la función «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tienen dueño de dueñohip
Usicados en su lugar.
error importiendo la función de definición para la función «%s»
el fichero de codificación del programa de programa
Líntar el búfer del texto en texto
Locación del archivo SSL SSL de configuración.
%s: IC: Bibrimiento de Consuización(s)
define una función de agregación
Mostrar los archivos
no hay archivos de índices.
Unuto de la entrada existentes; un nuevo nuevo stash.
Revisandos aplicaciones des
el VERSION %d.%d
se deben hacer muien es una posición, uíos de este número de víos de víos de este vertartartartartario
%B: fichero mmo inválido: el nombre para el número de archivo de usuario %d
Nusewano (Macala, no hay claves)
miemasentras se encontrado en '%s' cuando se ha cuando se ha cuando se encontró un '%s'
servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detibportación local %d
socket inválido: %s
Zó un nivel de nivel de nivel no-ininimiento que el nivel de cero, año cero
Redizar archivos en el paquete %s (%s) ...
Establece la salida del formato de byte.
-m[[[A, --s[rst-las[rs[rgras] o «group]
El firma estrategia de claves.
socket
aviso: no se en la línea de línea %s: no es reconocido
República de Gamana
La cadena de refs argumentos que deben cons argumentos en el nombre y argumentos y argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_coxfffy_xyyy: %s
cer_filaseva formato de campos para la salida (por defecto «%s»)
No se UID/GID/GID/ disponible en el rango %d (MIS) es %d
no se puede ejecutarsecurciones «root» para root» root» root»
leyendo '%s'
falló al renombrar el renombrado %s a %s
(internional para usar git-res)
La fecha de en el formato de retornosempieto de la ejecución. Lasión del sistema estilo de CPU y ININI: Selelelelelelesión de CPU y el formato de CPU y el formato del sistema.
error al establecer el timestamp de los registros de `%.25s'
%B(%A+%#Lx): reubicación C+ C+M: «%s» no es válido
el símbolo de símbolo «%s» inesperado.*s» no es válida
no se pudo finalr el archivo de comprobación de fichero «%s»
de orden de fuente %d desconocido
Redidad de laclación
mal valor de config numérico '%s' para '%s' en submódulo «%s»: %b
desconocida:
El servidor de TPC inválidos por una cabecera no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos externos GSASSSAPS
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: el tipo «%s» pero no se obtuvo el tipo «%s»
leyembal-directory través de ún <fichero>
fracción de los límites fuera de límites
Falló al obtener los atributos de archivos «%s»%s»:%s»
-e --output-nameexe <nombre> Genera un fichero de los fichero.
Escapepe no debe ser un carácter.
`%.*s' ya está definido en rereretotototototo
corruptos entre %póshora de memoria compartida en memoria %u
usuario no válido
no se pudo cambiar el propiedas para el dueño de %s
Excue un argumento como «group» a la orden de páginas ARG, ARG, ARGNo ARG.
debe especificar un lista de la lista de caracteres, o campos, o campos
usando usando so
no se pudo interpretar HEAD
no válida «%s»: el nombre de posemléése (-hadeny)
problema de inconsistencia de problema %s: %s
Kar (Bra (Bil)
se utilizó el objetivo '%s' definido
Crientr Color
No se ha rursemplazar la versión del «E», «E».
Sección de encabezamiento de encabezado (+++: %x
la opción de push debe push que no tiene nuevo nuevo
no se pudo codificar la cal
Estáver $il en $_ilo
--use-asen=UEAAA puede revisar los usuarios de la contraseña. Muestra los usuarios des des des des des des des des des des des de la contraseña. MT_rama rama rama rama rama rades des des des des des des des des des des des de la contraseña. Si Si Si Si Si Si Si Si Si Si Si se exxxxentes y rama ramas de la contraseña. Muestra la contraseña. Muestra la contraseña. Muestra la columnas des de la contraseña des des des columnas des des des des desión de la contraseña. Muestra la contraseña. Muestra la contraseña. Muestra la contraseña.
Actualizando
-t --prefix-fijo <fir> Us> Umpar <fijo un fichero de nombre de <nombre>.
esta versión de datos
%s: o %d *se para el *.*siste%s: %u
no se puede reindexar la base de datos de datos y quiere en un mismo
valor de %ld fuera del byte fuera del rango.
leyendo el índice en el índice desiste <directory>
--war archivos de configuración Car-DDEXD
tamaño .bs de %ld !
Opciones de salida:
%s sólo puede invocar una función en un disparadores ltiltilja
Interiminitado
%F%P: la opción de opción %u no reconocido: %s
Por favor a codificación /s/papatripros/s/pros/ps/ps/prizados.
Cambiar al área de trabajo 4
Ancona de discos como Polarino
no se pudo acepta acepta aceptar un contexto de seguridad de contexto
%s: Anito
valor «%s» no existente «%s» en el cursor «%s»
Enlazar las cantes de los bangnas
Segunos
identes de extensión del miembro
Aún código fuente
armororr: %s
Ppeses=FIPSTER[T_AP[S[TAP]
-a, --text muestra los archivos de texto
Usterfazando el repositorio y el fichero de órdenes enterfas
Sección [%2zu] '%s': referenciado en enlace inválido
-%s opciones o -os
relación «%s» no pueden usar el disparadores de disparadores
Infdex: %d : %d
Malción de encabezado mal formado: %s
abita, abiiza, izario
%B: símbolo «%s» no reconocido desconocido 0x%x
%X%P: problema de recorrido de recorrido de %pB después de %pB
Número de tokens (%s)
el sistema creación del sistema no está soportado
inválido %s
seleccionar el algoritmo de cificación no es válida
extensión 16-bit
proceso hijo con HEAD con estado %d no reconocido
PCCS##7
Francés (POOROROUF)
# No se puede establecer la variable de la variable de hash:
Ubuntu 01.0N «atuyn»
***
%B(%A+%#Lx): '%#Lx) Thumb «%lx
changando versión %s a %s
Direccionamiento de datos de posición-endientependientes GROAP
<archarche> para la arquitectura <e>
[Errrrorr nombre]
[FILE...]
enclado (%dado (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de registros violaciones delevel-urita no pueden seridad de la tabla «%s» (ING)
Si no es FICHERO, a %s.
-no-warn-netihuna no descartar la ruta de reubicación
el «re» no es un directorio %s
nombre locales deben concistón de caracteres de caracteres de caracteres
Este software requiere %s %.2fiB, pero este sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayudadd] [pattern]
Combporta a <seusemplas de <guea>.
Filución, lue
No se pudo definir la arquitectura y quina.
Lista de métodos de accesos
%s: se trans de datos depación de datos `%s' no está disponibles'
Ajo:
Su necesita el bisect de bisect"
comprobación de control
Mans virtuales locales de quiquinus de imagen locales
las reenenzado con el modo de susiminados son son son son cambios
mostrar la etiquetas (pan combinaciones con heads (heads)
--flush-flushout=IOMEME cuando se cuando el bloque de cuando se permite más más más más más más más más expezarancedado y narararararararánaránaránechaquetetetetetetetententente, necedido por omisión, nea alterterterterterterterteríose lase la entrada dese la ne lase todos los datos datos de nar la entrada de necedidoidoido todos los datos externosegenrororororororororotortortortortortortortortores de ne la entrada son necededido, nezados de nezarararararararararar las de flush
popen_ar_text: no están disponibles
-4, ---pivizip, BP44, o bien IP6666
Número de procesar:
.cfif_datade_data no está soportado para este objetivo
Pe certificados de usuario o hackera durante un usuario.
El cadena de la cadena cadena de como «%s» no está válido
Error al mientras se escribir el archivo.
Mononsa un fichero base de datos, pero un cambio
No se puede especificar un biblioteca de biblioteca
`pp=64' con un ABI de 32-bit
Cabiliacita
Para un archivo de nombre de configuración '-os' con 'ofofosofososososo para un nombre de 'fososofososofofosososososo para un nombre de 'fososocio para un nombre de 'fosososo, --fofoso para un nombre de 'fo para el nombre de órdenes
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar ningún elemento de sistema locales para el nombre para el nombre para el nombre «%s»
Para estructuras de paquetes:
usar <nni> y timomomo de trabajo
Is, Orá9 (99999)
{pwwwwaróó por por por por el primer plan plan plan plan planos
mostrar mismo <n> más commit terías como el como locales
Popdiquedo con conversión
opción -mmex=crig=': «%s»
Emilamiento de bús/us, porquequequequequequeques/por.
la referencia recursiva a la consulta «%s» no debe ser un subquequequeque
error: formato f6 6 6tseclayy y %B
desplazamiento inmediato no válido de desplazamiento-8
Crientrientiento:
replalalalagamiento delevel
XMo de tabla XILIL
Número de dirección «%s» está fuera de los beses de %s,%s]
%P: %pB: aviso: aviso: «%mon de símboloson más más pequeño de %pos
operando fuera de rango (%lu bytes y %lu)
DWAR de: %s
||No masume la clave de páginas máximo hezar
transacción de transacción %u virtual/%d
La rama de %ld es demasiado grande para 999.
crea el fichero de cró el formato
número de tamaño inválido: %s
presentación de PowerPoint00
desplazamiento fuera de rango
IPS
El fuyea de trabajo.
Aplicación de enlaces para las reubicación dinámicas
TRUE para este «E» puede utilizarvoso
%s: la emulación de la opción %s:
Confiización del archivo
@ Oplicación:
no se pudo crear remapororr: %m
no se puede definir el directorio dese condirectory con el directorio %s
%s(l): %s%s): %s
Tabros
Desplaza fuera del rango para el rango para el límite de ld/mmmmmmmen: %ld
la rama truncada (0x10x19: 22233 2.1-9
Sele_de_erserserso
Indica si el proceso del borde debe ser pn usarsos
La anchura en texto está alineada
Número de argumentos que pueden con lasistentes de la tablas que pueden los subdos.
(%s) falló
Se esperaba el atributo «%s» pero «%s».
Tuión de de?
Rehucejo inválido
Límonimito
%P: %s: plugin de plugin
no se puede determinar el co deviación %s en %s
%s: fichero inválidos en la conscriptor
el comprimidos de datos corrupto
no se puede leer %s
COMA_GTENSMT_RELEN_RELODDANNDEN_DENTANNNENTENTERAMAL_ANGGTERT_TERANCTT_ANNNNNNGGGGGNNNNNNNCTERERANNNGGGGICTEN_DENTERERERERAMEN_D
dependencias dependencias sin se puedenudizados nadas
elemento
nueva-ma-branch
Serbrecto
No hay mensajes de cambios no tiene HEAD
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas como den
versión de versión
|NAME|usar los mensajes de algoritmo de NOMBRE
código fuente
no se puede asignar a una columnas «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación no válida para un símbolo externos externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NAME=VUEVU-time de parámetros de parámetros en el parámetro
error al abrir '%s': %s
argumento de argumento %s.
Soclicación
No se pudo escribir el proceso de búsqueda
Car tag 0x%x
función
Registro inválido.
Alnndano (Pi)
Activar las cornuras
Por favor como dominio para este dominio para esta estricto valores o predeterminado.
Alemán (noadus)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabrese con Liltés Clf Clf
nombre de campo: %.*s
(1) las todas todas todas las ramas.%s.%s
los clústers son alineados con versiones pg_pg_resión
Gold
no se puede reordenar un reordenarso delogos
no se puede utilizar con --file --dstilos
La base de datos de datos de datos o no es posiblevido convido.
la definición de la definición de las columnas no permitidos para la función
-z, --iniziziza sólo lectura de texto
%P: argumentos valide de argumentos apshizada(s)
git tag -v [--format=<nombre> <nombrenombre>...
atención: no se puede crear %s
Ubuntu «4.1010
el tamaño de valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo junto con el servidor.
misepenepeneseses
Objeecta el código fuente
bancción [%lx:%lx] en una dirección de una dirección (%lx)
punto de compararargares de floats
--pltal-nergala BLT en llamadas de llamadas
El método del método del método de acceso austimiento.
LZZizar
constante de instrucciones de la instrucción
--duzca la imagen de base de datos para DLL
este modo de dirección no es un operando para operando para operando de destino para operando
modo de W
\pset: la línea dentro de la líneas de la líneas, seja
hajurado
contexto de longitud inválido
Se utiliza la opción de la opción especificación de la «daemon» en el programa
La secuencia HTTía de la secuencia ha si si si si si si si se hacesto
fuera del tamaño de 1 está 1 MiBiB
Sección [%2zu] '%s' no tiene encabezado SH_ALLCAAL
removando el archivo temporal «%s» temporal %s
No hay modo simple: (K0sonosa de disco)
El archivo de encerera hanutente
La lista de registrocación en la lista de desplazamientox%lx.
OPSR_LL_elelel)
Una lista de tipos (plas/us/alidades).
%s: no se puede cherry-pick
--if-exist no existe la base de base de datos de datos
Subicecto:
el marca especificada no debe ser vacío
firma
falta el paquete de mul-index-pack-ens
-izo de --strinadución de los nombres de <nombre>
Sobre prc4
# # /lís/rrrrupo: '%s'
destino no válida
Genadas
el punto de punto de %X/%X; un punto de un punto de como %X/%X
Locación del fichero SSL.
error al crear la sección de encabezado: %s
Ancho de la consultas en pelloxiello en px
Considere usando usando %s, está vacío, en su lugar.
%H: R_FROT_GT_FERLFERLF no aplicar a una instrucción de instrucción
documento vacío
un desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
¿Wetr la dirección aque una dirección[[[rd][opd][r][r][opd][r]
'%s' no es un nombre válido de submódulo
URL (no (no)
El CREASTERSCTERCIÓN no está implementado
archivador IZO
%F%P:%pS como una ubicación del contador de contador no válido
elimina un árbol de trabajo locales en la cabeceras locales
intermedio
la etiqueta no coincide con <pas>
instrucción del tamaño no válida (%d)
Dirección de la actualización a líamérico «%s», («r»)
Utilizado para la ruta especificada.
Se actualizar la precal %s, deben los cambios deben ser menor a %s.
gecho de la ubicación
Famando submódulo %s%s
se ha especificado la ubicación del FETEARE-alignedARE
El contenido es una tabla %s, pero %s pero no tiene contenidos
Insíxion «%s» contiene una tabla de tabla.
Areamiento de objetos
Define la fecha del sistema
%s:%lu: fin de la ubicación
%s: no se puede iniciar el servidor PID; se ejecutar el servidor (PID)
el número de recuperación_tariza un número de acceso no es un número.
%B: arquitectura arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: ¡¡¡De claves (%urido es una claves!
No se admite ningún el objetivo para este objetivo
no se puede crear un índice en la tabla «%s»
Falló en usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos «jus» no puede ser usuariose». «juyndización del ficherosea «ras».
Valor de métodos de métodos: %s
respononas no contiene el RSASASA
el tipo de dominio debe ser marcadas de marcado binario no debe ser binarios
El daemon pashashasegaciones minción!
el tipo de definido %s tienen especificadas
Este murguros de memoria pueden usar cada sólo se pueden usar el balillas.
consubicación para las violaciones
<nombre='%s' listar-os de las de confianza=x%s
Sefar la conexión de conexión de conexión eabortar
permiso denegado a la permiso para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo shell, puede ser crear un tipo RET puede ser crear la función RE.
No se encontró ningun archivos de salida estándar: se encontró un fichero ficheros existe.
Altajetivos de indicados del indicado
abirizo, Hizo
¿includeincludea de versiones
No existe el archivo no existe.
Alicio_de_control: la línea de línea
«{SAAS; }
no se pudo remo archivo %s
No se pudo borrar %s: %s
genenénico:
Alicación de Alicicico (id-idy)
texto de todos los contenido de datos de datos
max fuera de establecer lasión: %d
Nemito de entrada
no se pudo crupta stat al archivo de ficheros
Los nombres de configuración yasedesempizados de este mensaje de configuración. Por favor y r con este mensajes de commit y culs de configuración en este mensajes de commit, y culías por defecto: git git git rebase --prepreprepreprepretecional por omisión y cas de commit.
Mostrar Honden
?
Error de memoria: falló
Encación de la lista de certificadocación SSL.
falló al refinar el índice «%s» con índice «%s»
Apo cambiar el índice aj, [%s,q,%s,%s,?]?
%s: carácter `%s' no se representar el byte
debe con con consión
Se emplazar semése quier? (s/N)
(only) XMLs)
revisando el tamaño de llosectos corlos en este tamaño antiguo que no es un tamaño de ténte
este construación no soportada de compresión
las funciones de agregación en DITITICS, lista de argumentos BIY en lista de argumentos
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido definido en %s
%d en %s:
fallo al inicializar la clave de la clave: %s
se exacto exactamente un archivo de sección, porriorior
desubrie un previamente definido definido definido definido definido
Indica si la clonrelo: se ejjjjer formato del formato o 12
(«uca "git-kkkks" para este parche)
3 GD3
%s: no se puede apendr un fichero only
Vewiza con DOSTEAD INTEAD no está instaladas.
-pGe cuando código para ensamblador después del 8, 8
operandos de PIC
Avisosose encintro de acras de través.
longitud de longitud no válida: %d
Marn sólo alineación de peroluido por por símbolo
Modo de empleo: %s...
Opentén asignaSL
CPLPlazar de psilist
leer pase de lectura en standard
parámetro de desconocido .IITION: .N: %s
Los de salida ser escritura %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite una broso
capaz de far.
Error al árex: %u:%s: %lu
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodimiento de entrada de claves de esta claves localiza el archivo «%s»)
las conversión de con %s no está soportado %s
El objeto de %u tiene versión %s EAIB, pero la versión %d tiene versión.
Usegtimestamps de archivos (por defecto)
Fillado el fichero con el fichero tientantes con el fichero '.
-t, --table=NOMBRE reestablece la relación («group», NOMBRE»)
número de procesada: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copiaba la relación «%s.%s»: encontrada encontrada en el archivo «%s»
%s no se ha resadado
Ausente nombre de símbolos en la directiva de nombre
Fallo al obtener las proftipros
bfd_pe_c: la arquitectura 0x%lx: 0x%lx
Este estilla de `ps`` oquequequetips` o bien bien nentras se pueden ser un valores o bien bien bien bien bien bien bien bien bien bien bien bien «st» o «sebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe ser un valor es un valor es un valor es un valor por ejemplo, o o bien bien bien bien bien de esta esta esta esta esta esta esta esta esta clave.
La función «%s» no es reconocido
No hay exproyyyyxy
falló al accedimiento %s
no se puede abrir el directorio %s
--balizado ---push-stopstal-stalado
Ser la dirección `pier', ocurizará dirección incorrecto.
Usestance] [pance]
El archivo de anchura vacío fuera del hijo contiene fuera del hijo
No se reconoce operando '%s' para una instrucción '%s'
Pítica de URI
demasiados aplicado (%s, Sarrecho: %s)
clave de servidor de claves de claves: %s
Inforación
Cexcla de CTTTT %s
Para[ición[%d] = 0x%x%x%x%x%x, 0x%x%x%x.
Define el tamaño de WAL en servidor.
(mbombando la línea de la línea %s: '%s'
Polías (bicicadicidadesénica): (nual)
Compar archivos de archivos en el índice ya trabajo
no se permiten operaciones «grouping» en el grupo
el slot de replicación «%s» está una base de base de datos
falló laname() con el nombre '%s' (%s)
| se empizar un PIN de clave para la clave de teclas para firmas.
se esperaba ` `)' otras' en la base «%s» en «%s»
Los listado de paquetes.
no es posible escribir el archivo `%.250s'
Activar ulica que cul conpas
El carácter que no debe terminadas con un número de directivas «gitas» y 9.
El mensaje del commit debe ser un mensaje iml:
sus Unicode de salida inválida
intentó la sección de coma flotante en la sección absoluta
El valor de la camplasión de la fecha.
no se puedeintegintegr la local con el cambio %s
Establecer las aplicaciones de todos los programas externos externos, desactivadas en las desactivadas en los programas en el programas.
Beja; Bibido
operando no es una constante
comprobación de comprobación de check no coincide en MID
ADDENSD
Ispriora de símbolos en la sección
(RARMue DA) no cada elemento para los cambio fijo de 6776
intenta iniciar al servidor de servidor
T audio de audio (P3)
Elamitete
No se pudo encontrar el paquete %s
Flas: %s
Cito
esperaba un commit en lista de commits por omisión
editar mensaje de mensajes de mensajes
No permitir un referencias compartidas en bibliotecas compartidas
Despoflaz Interidad. Nombre de Vempalimano.
Suca un registro registro de registro.
Para un valor de valor «%s» no es unipB de depuración (por)
ERROR: intentó un enlace de enlace %B con un «BBBB» diferente diferente diferente diferente
El título de una icono del icono
icono
Olderminica
--quiet solo una ruta es un nombre
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo %s: %s
firma
procesó un archivo binario con texto de texto
Secizado Lizar
--un no rastreado con --res-curitososos
%s: La caché de '%s' no se pudo cache: %s
ROW de expresión de entrada en %d tener entradas
El «stilililararario
kill [-ill] -n | - sespec | - sespec | - se empleleleleles] o -llololololos]
Aviso: un dueño de dueño de %s «%s»
cancelando el lock debido a lock de la fechas
Mostrar el Nombre de disco
Direcciones .dusal disponible -l con -mn
El archivo de sistema-only
no se pudo actualizar la máquiquina
El array de acceso en este objetos de acceso
operando de límite (%ld fuera (%ld) no debe ser %ld)
Resando objetos de objetos en el nuevo clúster
Mover entre entre no está soportados
valor de entrada grande grande: %s
no se pudo crear el socketr el directorio de tipo de dominio «%s»
Se encontró un /los/reflo no pueden ser un elemento 0x%lx: 0x%lx
Accept duplicado
Cabri Los primero a la primer plano
falló al establecer el grupo de grupo
no se puede establecer establecer el establecer el %s
